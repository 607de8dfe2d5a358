package fr.sessiontp.centre;

import fr.sessiontp.common.Decision;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The centre module's API: centres, their accreditations per title and their rooms. */
public interface Centres {

    Optional<Centre> centre(long id);

    /** Every centre, ordered by name (the platform administrator's list). */
    List<Centre> allCentres();

    /**
     * Changes a centre's facts (name, address, region, contact).
     *
     * @throws fr.sessiontp.common.InputRejectedException with French messages per field
     * @throws java.util.NoSuchElementException when there is no such centre
     */
    void editCentre(long id, NewCentre centre);

    /** The centre's own calendar, if it has set one; planning uses {@code sessiontp.planning.*} otherwise. */
    Optional<CentreCalendar> calendar(long centreId);

    /**
     * Sets the centre's calendar.
     *
     * @throws fr.sessiontp.common.InputRejectedException with French messages per field (times out of order)
     */
    void saveCalendar(long centreId, CentreCalendar calendar);

    /**
     * S7: whether the responsable {@code lastName firstName} is the one named on the centre's accreditation covering
     * the title over the period; a refusal is a warning (the DREETS must be informed), never a block.
     */
    Decision responsableMatchesAccreditation(long centreId, long titleId, LocalDate start, LocalDate end,
                                             String lastName, String firstName);

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

    Optional<Accreditation> accreditation(long centreId, long accreditationId);

    /**
     * Changes an accreditation of a centre (renewed validity, a new responsable named…), audited.
     *
     * @throws fr.sessiontp.common.InputRejectedException with French messages per field
     * @throws java.util.NoSuchElementException when the centre has no such accreditation
     */
    void editAccreditation(long centreId, long accreditationId, NewAccreditation accreditation);

    /**
     * S7 when an accreditation is entered: whether the responsable it names is one of the centre's responsables de
     * session; a refusal is a warning shown with the saved accreditation.
     */
    Decision namedResponsableIsOnStaff(long centreId, NewAccreditation accreditation);

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
