package fr.sessiontp.documents;

/** A document could not be rendered or sealed: a programming or configuration error, never a user's input error. */
public class DocumentException extends RuntimeException {

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }

    public DocumentException(String message) {
        super(message);
    }
}
