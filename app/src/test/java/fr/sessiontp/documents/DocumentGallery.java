package fr.sessiontp.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The documents the tests produce, kept under {@code target/documents-gallery} as a person would receive them:
 * {@code scripts/document-pictures.sh} turns the first page of each into the pictures of docs/documents.md.
 */
public final class DocumentGallery {

    public static final Path FOLDER = Path.of("target/documents-gallery");

    private DocumentGallery() {
    }

    /** Keeps a produced PDF under a stable name (no extension), replacing the previous one. */
    public static void keep(String name, byte[] pdf) {
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
