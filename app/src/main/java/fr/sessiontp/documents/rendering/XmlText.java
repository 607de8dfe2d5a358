package fr.sessiontp.documents.rendering;

/**
 * Text an XML 1.0 parser accepts. The PDF renderer parses each document as XML, and a character XML forbids (a NUL, a
 * BEL or another control character stored before input was checked) would make the whole document fail: such
 * characters are left out. Tab, line feed and carriage return stay.
 */
final class XmlText {

    private XmlText() {
    }

    static String withoutForbiddenCharacters(String text) {
        if (text == null || text.codePoints().allMatch(XmlText::allowed)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** XML 1.0, production 2 (Char), less the C1 controls that PDF/A text must not carry either. */
    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
