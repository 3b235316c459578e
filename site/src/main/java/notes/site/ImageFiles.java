package notes.site;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import notes.site.markdown.NotesExtension;

/**
 * The images notes show, read when the site is built: which file of {@code assets/} (served from the site's root)
 * an image address on a page means, and its width and height in CSS pixels, so the page reserves the image's box
 * before it loads. PNG, JPEG and GIF are read by the JDK's ImageIO (header only); WebP from its RIFF header (WebP
 * Container Specification: the VP8, VP8L and VP8X chunks); SVG from its root element's {@code width} and
 * {@code height}, else its {@code viewBox} (SVG 2, section 8.2: an image without width/height is sized from the
 * view box).
 */
final class ImageFiles implements NotesExtension.ImageSizes {
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");
    private final Path assets;
    private final Map<Path, int[]> sizes = new ConcurrentHashMap<>();

    /** @param assets the folder whose files are served from the site's root */
    ImageFiles(Path assets) {
        this.assets = assets;
    }

    @Override
    public int[] size(String page, String url) {
        try {
            return read(page, url);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /**
     * The image's width and height in CSS pixels.
     *
     * @throws IllegalArgumentException with a message for the writer: the address leaves the site or names no file,
     *                                  or the file is not an image whose size can be read
     */
    int[] read(String page, String url) {
        Path file = file(page, url);
        int[] known = sizes.get(file);
        if (known != null) {
            return known;
        }
        int[] size;
        try {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            size = name.endsWith(".svg") ? svg(file) : name.endsWith(".webp") ? webp(file) : raster(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read image " + url + ": " + e.getMessage(), e);
        }
        sizes.put(file, size);
        return size;
    }

    /** The file an image address on {@code page} (a site path such as notes/bond-yield.html) names. */
    private Path file(String page, String url) {
        if (url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || url.startsWith("//")) {
            throw new IllegalArgumentException("image " + url + " is not a file of the site; put it under assets/img/"
                    + " (nothing is loaded from another host)");
        }
        String path = URLDecoder.decode(url.replaceAll("[?#].*", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        Path parent = Path.of(page).getParent();
        Path inSite = (path.startsWith("/") ? Path.of(path.substring(1))
                : parent == null ? Path.of(path) : parent.resolve(path)).normalize();
        Path file = assets.resolve(inSite).normalize();
        if (inSite.startsWith("..") || !file.startsWith(assets) || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("image " + url + " is not a file: from " + page + " it means assets/"
                    + inSite.toString().replace('\\', '/'));
        }
        return file;
    }

    private static int[] raster(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("not a PNG, JPEG, GIF, WebP or SVG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }

    /** The canvas size from the first chunk of a WebP file (WebP Container Specification, "Simple" and "Extended"). */
    private static int[] webp(Path file) throws IOException {
        byte[] h = new byte[30];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(h, 0, h.length) < h.length || !ascii(h, 0, "RIFF") || !ascii(h, 8, "WEBP")) {
                throw new IOException("not a WebP file");
            }
        }
        if (ascii(h, 12, "VP8X")) {
            return new int[] {1 + uint24(h, 24), 1 + uint24(h, 27)};
        }
        if (ascii(h, 12, "VP8L")) {
            int bits = (h[21] & 0xff) | (h[22] & 0xff) << 8 | (h[23] & 0xff) << 16 | (h[24] & 0xff) << 24;
            return new int[] {1 + (bits & 0x3fff), 1 + (bits >>> 14 & 0x3fff)};
        }
        if (ascii(h, 12, "VP8 ")) {
            return new int[] {uint16(h, 26) & 0x3fff, uint16(h, 28) & 0x3fff};
        }
        throw new IOException("a WebP file without a VP8, VP8L or VP8X chunk first");
    }

    private static boolean ascii(byte[] bytes, int at, String text) {
        return new String(bytes, at, text.length(), StandardCharsets.US_ASCII).equals(text);
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int uint24(byte[] b, int at) {
        return uint16(b, at) | (b[at + 2] & 0xff) << 16;
    }

    private static int[] svg(Path file) throws IOException {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // An SVG of the site never needs a DTD; refusing one also refuses external entities (XXE).
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not well-formed SVG: " + e.getMessage(), e);
        }
        Double width = length(root.getAttribute("width"));
        Double height = length(root.getAttribute("height"));
        String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
        if (width == null || height == null) {
            if (box.length != 4) {
                throw new IOException("an SVG needs width and height in px, or a viewBox, to be laid out before it loads");
            }
            width = Double.parseDouble(box[2]);
            height = Double.parseDouble(box[3]);
        }
        return new int[] {(int) Math.round(width), (int) Math.round(height)};
    }

    /** A length in px or unitless; null for a missing one or another unit (%, em), which the view box replaces. */
    private static Double length(String value) {
        Matcher m = LENGTH.matcher(value);
        return m.matches() ? Double.valueOf(m.group(1)) : null;
    }
}
