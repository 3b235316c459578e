package notes.form;

/** Escaping for text placed into HTML or SVG markup that a calculator builds. */
public final class Html {
    private Html() {
    }

    public static String escape(String text) {
        if (!needsEscaping(text)) {
            return text; // most cells; building a copy is slow in the page (TeaVM's StringBuilder)
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                return true;
            }
        }
        return false;
    }
}
