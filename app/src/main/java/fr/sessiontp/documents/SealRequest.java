package fr.sessiontp.documents;

import java.util.Objects;

/**
 * Who seals, and why.
 *
 * @param centreId   the centre whose seal is applied
 * @param centreName its name, written in the seal certificate when the centre's key is created, and in the
 *                   signature
 * @param reason     why the document is sealed, in French ({@code Procès-verbal validé})
 * @param location   where, in French (the centre's city)
 * @param visible    whether a visible seal block is drawn at the bottom of the last page; an invisible seal is
 *                   only shown in the reader's signature panel
 */
public record SealRequest(long centreId, String centreName, String reason, String location, boolean visible) {

    public SealRequest {
        Objects.requireNonNull(centreName, "centreName");
        reason = reason == null ? "" : reason;
        location = location == null ? "" : location;
    }
}
