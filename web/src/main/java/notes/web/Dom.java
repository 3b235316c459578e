package notes.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** The few DOM calls the JSO interfaces of TeaVM 0.15 do not declare. */
final class Dom {
    private Dom() {
    }

    @JSBody(params = {"ancestor", "node"}, script = "return ancestor.contains(node);")
    static native boolean contains(HTMLElement ancestor, HTMLElement node);

    /** The value of an input, select or textarea. */
    @JSBody(params = "field", script = "return field.value;")
    static native String value(HTMLElement field);

    @JSBody(params = {"field", "value"}, script = "field.value = value;")
    static native void setValue(HTMLElement field, String value);

    /**
     * Puts a field back to the value its markup declares, so a value the browser restored on its own (Back, a
     * reload) never disagrees with the address bar.
     */
    @JSBody(params = "field", script = "if (field.type === 'checkbox' || field.type === 'radio')"
            + " { field.checked = field.defaultChecked; }"
            + " else if (field.tagName === 'SELECT') { for (var i = 0; i < field.options.length; i++)"
            + " field.options[i].selected = field.options[i].defaultSelected; }"
            + " else { field.value = field.defaultValue; }")
    static native void resetToDefault(HTMLElement field);

    /** Whether any calculator on the page has a field named {@code key} (or a row group it belongs to). */
    // Plain loops, not for-of or spread: TeaVM's script parser (ES5) would warn on every build.
    @JSBody(params = "key", script = "var k = String(key);"
            + " var named = document.querySelectorAll('[data-calculator] [name]');"
            + " for (var i = 0; i < named.length; i++) { if (named[i].getAttribute('name') === k) return true; }"
            + " var rows = document.querySelectorAll('[data-calculator] [data-repeat]');"
            + " for (var j = 0; j < rows.length; j++) {"
            + " if (k.indexOf(rows[j].getAttribute('data-repeat') + '.') === 0) return true; }"
            + " return false;")
    static native boolean pageHasField(String key);

    @JSBody(params = "message", script = "console.error(String(message));")
    static native void consoleError(String message);

    /** The nearest ancestor of an event's target (itself included) matching {@code selector}, or null. */
    @JSBody(params = {"event", "selector"}, script = "const t = event.target;"
            + " return t && t.closest ? t.closest(selector) : null;")
    static native HTMLElement closestToTarget(JSObject event, String selector);

    @JSBody(params = {"element", "html"}, script = "element.insertAdjacentHTML('beforeend', html);")
    static native void append(HTMLElement element, String html);

    /** The markup inside a {@code <template>} element. */
    @JSBody(params = "template", script = "return template.innerHTML;")
    static native String templateMarkup(HTMLElement template);

    // String(...) in these scripts: a Java string may arrive as a TeaVM object whose toString gives the JS string.
    @JSBody(params = "text", script = "return encodeURIComponent(String(text));")
    static native String encode(String text);

    /** Decodes a query component; a malformed escape is kept as it is rather than thrown. */
    @JSBody(params = "text", script = "try { return decodeURIComponent(String(text).replace(/\\+/g, ' ')); }"
            + " catch (e) { return String(text); }")
    static native String decode(String text);

    /** Puts {@code text} into the element under {@code root} matching {@code selector}, hidden while empty. */
    static void showText(HTMLElement root, String selector, String text) {
        HTMLElement element = root.querySelector(selector);
        element.setTextContent(text);
        element.setHidden(text.isEmpty());
    }
}
