package fr.sessiontp.results;

/** A produced export file: its suggested name, media type (with charset) and bytes. */
public record CeresFile(String fileName, String contentType, byte[] content) {
}
