package fr.sessiontp.centre.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.centre.Accreditation;
import fr.sessiontp.centre.AccreditationNamePolicy;
import fr.sessiontp.centre.Centre;
import fr.sessiontp.centre.CentreCalendar;
import fr.sessiontp.centre.Centres;
import fr.sessiontp.centre.NewAccreditation;
import fr.sessiontp.centre.NewCentre;
import fr.sessiontp.centre.Room;
import fr.sessiontp.centre.RoomDetails;
import fr.sessiontp.centre.RoomKind;
import fr.sessiontp.centre.persistence.CentreRepository;
import fr.sessiontp.common.Decision;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.referential.Referential;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Centres} API and the centre's use cases: create a centre, add an accreditation, add or edit a room. */
@Service
@Transactional(readOnly = true)
class CentresService implements Centres {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{6,30}");
    private static final Pattern ROOM_CODE = Pattern.compile("[A-Za-z0-9_-]{1,30}");

    private final CentreRepository repository;
    private final AuditTrail audit;
    private final Referential referential;
    private final PeopleDirectory people;

    CentresService(CentreRepository repository, AuditTrail audit, Referential referential, PeopleDirectory people) {
        this.repository = repository;
        this.audit = audit;
        this.referential = referential;
        this.people = people;
    }

    @Override
    public List<Centre> allCentres() {
        return repository.allCentres();
    }

    @Override
    @Transactional
    public void editCentre(long id, NewCentre c) {
        repository.centre(id).orElseThrow(() -> new NoSuchElementException("No centre " + id));
        NewCentre checked = checkCentre(c);
        repository.updateCentre(id, checked);
        audit.record("centre.edited", null, "centre", String.valueOf(id), Messages.get("centre.audit.edited", checked.name()));
    }

    @Override
    public Optional<CentreCalendar> calendar(long centreId) {
        return repository.calendar(centreId);
    }

    @Override
    @Transactional
    public void saveCalendar(long centreId, CentreCalendar c) {
        Centre centre = repository.centre(centreId).orElseThrow(() -> new NoSuchElementException("No centre " + centreId));
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.dayStart() == null) {
            errors.put("dayStart", Messages.get("centre.error.calendar.dayStart"));
        }
        if (c.lunchStart() == null) {
            errors.put("lunchStart", Messages.get("centre.error.calendar.lunchStart"));
        } else if (c.dayStart() != null && !c.lunchStart().isAfter(c.dayStart())) {
            errors.put("lunchStart", Messages.get("centre.error.calendar.lunchStartOrder"));
        }
        if (c.lunchEnd() == null) {
            errors.put("lunchEnd", Messages.get("centre.error.calendar.lunchEnd"));
        } else if (c.lunchStart() != null && !c.lunchEnd().isAfter(c.lunchStart())) {
            errors.put("lunchEnd", Messages.get("centre.error.calendar.lunchEndOrder"));
        }
        if (c.dayEnd() == null) {
            errors.put("dayEnd", Messages.get("centre.error.calendar.dayEnd"));
        } else if (c.lunchEnd() != null && !c.dayEnd().isAfter(c.lunchEnd())) {
            errors.put("dayEnd", Messages.get("centre.error.calendar.dayEndOrder"));
        }
        if (c.juryDayEnd() == null) {
            errors.put("juryDayEnd", Messages.get("centre.error.calendar.juryDayEnd"));
        } else if (c.dayEnd() != null && c.juryDayEnd().isBefore(c.dayEnd())) {
            errors.put("juryDayEnd", Messages.get("centre.error.calendar.juryDayEndOrder"));
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        repository.saveCalendar(centreId, c);
        audit.record("centre.calendar.saved", null, "centre", String.valueOf(centreId),
                Messages.get("centre.audit.calendarSaved", centre.name(), c.dayStart(), c.lunchStart(), c.lunchEnd(),
                        c.dayEnd(), c.juryDayEnd()));
    }

    @Override
    public Decision responsableMatchesAccreditation(long centreId, long titleId, LocalDate start, LocalDate end,
                                                    String lastName, String firstName) {
        Optional<Accreditation> accreditation = accreditationCovering(centreId, titleId, start, end);
        return AccreditationNamePolicy.check(lastName, firstName,
                accreditation.map(Accreditation::managerLastName).orElse(null),
                accreditation.map(Accreditation::managerFirstName).orElse(null));
    }

    @Override
    public Decision namedResponsableIsOnStaff(long centreId, NewAccreditation a) {
        List<String[]> staff = people.sessionManagersOfCentre(centreId).stream()
                .map(m -> new String[] {m.lastName(), m.firstName()}).toList();
        return AccreditationNamePolicy.checkNamedResponsable(a.managerLastName(), a.managerFirstName(), staff);
    }

    @Override
    public Optional<Centre> centre(long id) {
        return repository.centre(id);
    }

    @Override
    public List<Centre> centres(Collection<Long> ids) {
        return repository.centres(ids);
    }

    @Override
    public List<Centre> centresInRegion(String region) {
        return region == null ? List.of() : repository.centresInRegion(region);
    }

    @Override
    public List<Accreditation> accreditations(long centreId) {
        return repository.accreditations(centreId);
    }

    @Override
    public Optional<Accreditation> accreditationCovering(long centreId, long titleId, LocalDate start, LocalDate end) {
        return repository.accreditations(centreId).stream().filter(a -> a.covers(titleId, start, end)).findFirst();
    }

    @Override
    public List<Room> rooms(long centreId) {
        return repository.rooms(centreId);
    }

    @Override
    public Optional<Room> room(long centreId, long roomId) {
        return repository.room(centreId, roomId);
    }

    @Override
    @Transactional
    public long createCentre(NewCentre c) {
        NewCentre checked = checkCentre(c);
        long id = repository.insertCentre(checked);
        audit.record("centre.created", null, "centre", String.valueOf(id), Messages.get("centre.audit.created", checked.name()));
        return id;
    }

    private static NewCentre checkCentre(NewCentre c) {
        Map<String, String> errors = new LinkedHashMap<>();
        require(errors, "name", c.name(), "centre.error.nameRequired");
        tooLong(errors, "name", c.name(), 200);
        require(errors, "address", c.address(), "centre.error.addressRequired");
        tooLong(errors, "address", c.address(), 300);
        if (c.postalCode() == null || !POSTAL_CODE.matcher(c.postalCode().strip()).matches()) {
            errors.put("postalCode", Messages.get("centre.error.postalCode"));
        }
        require(errors, "city", c.city(), "centre.error.cityRequired");
        tooLong(errors, "city", c.city(), 100);
        require(errors, "region", c.region(), "centre.error.regionRequired");
        tooLong(errors, "region", c.region(), 60);
        String email = blankToNull(c.email());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            errors.put("email", Messages.get("centre.error.email"));
        }
        String contact = blankToNull(c.contactName());
        tooLong(errors, "contactName", contact, 200);
        String phone = blankToNull(c.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.put("phone", Messages.get("centre.error.phone"));
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        return new NewCentre(c.name().strip(), c.address().strip(), c.postalCode().strip(), c.city().strip(),
                c.region().strip(), email, contact, phone);
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max && !errors.containsKey(field)) {
            errors.put(field, Messages.get("centre.error.tooLong", max));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    @Transactional
    public long addAccreditation(long centreId, NewAccreditation input) {
        Centre centre = repository.centre(centreId).orElseThrow(() -> new NoSuchElementException("No centre " + centreId));
        NewAccreditation a = checkAccreditation(centreId, input, null);
        long id = repository.insertAccreditation(centreId, a);
        audit.record("centre.accreditation.added", null, "centre", String.valueOf(centreId),
                Messages.get("centre.audit.accreditationAdded", a.number(), centre.name(),
                        a.managerLastName() + " " + a.managerFirstName()));
        return id;
    }

    @Override
    public Optional<Accreditation> accreditation(long centreId, long accreditationId) {
        return repository.accreditations(centreId).stream().filter(a -> a.id() == accreditationId).findFirst();
    }

    @Override
    @Transactional
    public void editAccreditation(long centreId, long accreditationId, NewAccreditation input) {
        Centre centre = repository.centre(centreId).orElseThrow(() -> new NoSuchElementException("No centre " + centreId));
        Accreditation before = accreditation(centreId, accreditationId)
                .orElseThrow(() -> new NoSuchElementException("No accreditation " + accreditationId));
        NewAccreditation a = checkAccreditation(centreId, input, accreditationId);
        repository.updateAccreditation(centreId, accreditationId, a);
        audit.record("centre.accreditation.edited", null, "centre", String.valueOf(centreId),
                Messages.get("centre.audit.accreditationEdited", before.number(), centre.name(), a.number(),
                        a.managerLastName() + " " + a.managerFirstName(), a.validFrom(), a.validUntil()));
    }

    private NewAccreditation checkAccreditation(long centreId, NewAccreditation a, Long exceptId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (a.titleId() <= 0 || referential.title(a.titleId()).isEmpty()) {
            errors.put("titleId", Messages.get("centre.error.titleRequired"));
        }
        require(errors, "number", a.number(), "centre.error.accreditationNumberRequired");
        tooLong(errors, "number", a.number(), 40);
        if (a.validFrom() == null) {
            errors.put("validFrom", Messages.get("centre.error.validFromRequired"));
        }
        if (a.validUntil() == null) {
            errors.put("validUntil", Messages.get("centre.error.validUntilRequired"));
        } else if (a.validFrom() != null && a.validUntil().isBefore(a.validFrom())) {
            errors.put("validUntil", Messages.get("centre.error.validUntilBeforeFrom"));
        }
        require(errors, "managerLastName", a.managerLastName(), "centre.error.managerNameRequired");
        tooLong(errors, "managerLastName", a.managerLastName(), 100);
        require(errors, "managerFirstName", a.managerFirstName(), "centre.error.managerNameRequired");
        tooLong(errors, "managerFirstName", a.managerFirstName(), 100);
        if (errors.isEmpty() && repository.accreditationNumberTaken(centreId, a.titleId(), a.number().strip(), exceptId)) {
            errors.put("number", Messages.get("centre.error.accreditationNumberTaken", a.number().strip()));
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        return new NewAccreditation(a.titleId(), a.number().strip(), a.validFrom(), a.validUntil(),
                a.managerLastName().strip(), a.managerFirstName().strip());
    }

    @Override
    @Transactional
    public long addRoom(long centreId, RoomDetails room) {
        repository.centre(centreId).orElseThrow(() -> new NoSuchElementException("No centre " + centreId));
        RoomDetails r = checkRoom(centreId, room, null);
        long id = repository.insertRoom(centreId, r);
        audit.record("centre.room.added", null, "room", String.valueOf(id),
                Messages.get("centre.audit.roomAdded", r.code(), r.name(), r.capacity()));
        return id;
    }

    @Override
    @Transactional
    public void editRoom(long centreId, long roomId, RoomDetails room) {
        repository.room(centreId, roomId).orElseThrow(() -> new NoSuchElementException("No room " + roomId));
        RoomDetails r = checkRoom(centreId, room, roomId);
        repository.updateRoom(centreId, roomId, r);
        audit.record("centre.room.edited", null, "room", String.valueOf(roomId),
                Messages.get("centre.audit.roomEdited", r.code(), r.name(), r.capacity()));
    }

    private RoomDetails checkRoom(long centreId, RoomDetails r, Long roomId) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = r.code() == null ? "" : r.code().strip();
        if (code.isEmpty()) {
            errors.put("code", Messages.get("centre.error.roomCodeRequired"));
        } else if (!ROOM_CODE.matcher(code).matches()) {
            errors.put("code", Messages.get("centre.error.roomCodeFormat"));
        } else if (repository.roomCodeTaken(centreId, code, roomId)) {
            errors.put("code", Messages.get("centre.error.roomCodeTaken", code));
        }
        require(errors, "name", r.name(), "centre.error.roomNameRequired");
        if (r.name() != null && r.name().strip().length() > 100) {
            errors.put("name", Messages.get("centre.error.roomNameTooLong"));
        }
        if (r.kind() == null || Arrays.stream(RoomKind.values()).noneMatch(k -> k.name().equals(r.kind()))) {
            errors.put("kind", Messages.get("centre.error.roomKind"));
        }
        if (r.capacity() < 1 || r.capacity() > 500) {
            errors.put("capacity", Messages.get("centre.error.roomCapacity"));
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        return new RoomDetails(code, r.name().strip(), r.kind(), r.capacity(), r.confidential());
    }

    private static void require(Map<String, String> errors, String field, String value, String key) {
        if (value == null || value.isBlank()) {
            errors.put(field, Messages.get(key));
        }
    }
}
