package fr.sessiontp.people.application;

/** The uploaded file cannot be read as a CSV or XLSX table; the message is French and says why. */
public class UnreadableFileException extends Exception {

    public UnreadableFileException(String frenchMessage) {
        super(frenchMessage);
    }
}
