package fr.sessiontp.planner.format;

/** One error of a refused file: the JSON path (e.g. {@code $.candidates[2].conflictsWith[0]}) and a French message. */
public record FormatError(String path, String message) {
    @Override
    public String toString() {
        return path + " : " + message;
    }
}
