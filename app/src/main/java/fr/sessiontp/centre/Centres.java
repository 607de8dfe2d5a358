package fr.sessiontp.centre;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The centre module's API: centres, their accreditations per title and their rooms. */
public interface Centres {

    Optional<Centre> centre(long id);

    List<Centre> centres(Collection<Long> ids);

    /** The centres reporting to a DREETS region. */
    List<Centre> centresInRegion(String region);

    /** A centre's accreditations, newest first. */
    List<Accreditation> accreditations(long centreId);

    /** The accreditation of a centre for a title valid over every day of the period, if any. */
    Optional<Accreditation> accreditationCovering(long centreId, long titleId, LocalDate start, LocalDate end);

    /** A centre's rooms, ordered by code. */
    List<Room> rooms(long centreId);

    Optional<Room> room(long centreId, long roomId);

    /**
     * Creates a centre; returns its id.
     *
     * @throws fr.sessiontp.common.InputRejectedException with French messages per field
     */
    long createCentre(NewCentre centre);

    /**
     * Adds an accreditation to a centre; returns its id.
     *
     * @throws fr.sessiontp.common.InputRejectedException with French messages per field
     */
    long addAccreditation(long centreId, NewAccreditation accreditation);

    /**
     * Adds a room to a centre; returns its id.
     *
     * @throws fr.sessiontp.common.InputRejectedException with French messages per field (e.g. a code already used)
     */
    long addRoom(long centreId, RoomDetails room);

    /**
     * Changes a room of a centre.
     *
     * @throws fr.sessiontp.common.InputRejectedException with French messages per field
     * @throws java.util.NoSuchElementException when the centre has no such room
     */
    void editRoom(long centreId, long roomId, RoomDetails room);
}
