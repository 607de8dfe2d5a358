package fr.sessiontp.centre.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.centre.Accreditation;
import fr.sessiontp.centre.Centre;
import fr.sessiontp.centre.Centres;
import fr.sessiontp.centre.NewAccreditation;
import fr.sessiontp.centre.NewCentre;
import fr.sessiontp.centre.Room;
import fr.sessiontp.centre.RoomDetails;
import fr.sessiontp.centre.RoomKind;
import fr.sessiontp.centre.persistence.CentreRepository;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
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
    private static final Pattern ROOM_CODE = Pattern.compile("[A-Za-z0-9_-]{1,30}");

    private final CentreRepository repository;
    private final AuditTrail audit;

    CentresService(CentreRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
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
        Map<String, String> errors = new LinkedHashMap<>();
        require(errors, "name", c.name(), "centre.error.nameRequired");
        require(errors, "address", c.address(), "centre.error.addressRequired");
        if (c.postalCode() == null || !POSTAL_CODE.matcher(c.postalCode().strip()).matches()) {
            errors.put("postalCode", Messages.get("centre.error.postalCode"));
        }
        require(errors, "city", c.city(), "centre.error.cityRequired");
        require(errors, "region", c.region(), "centre.error.regionRequired");
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        long id = repository.insertCentre(new NewCentre(c.name().strip(), c.address().strip(), c.postalCode().strip(),
                c.city().strip(), c.region().strip(), c.email()));
        audit.record("centre.created", null, "centre", String.valueOf(id), Messages.get("centre.audit.created", c.name()));
        return id;
    }

    @Override
    @Transactional
    public long addAccreditation(long centreId, NewAccreditation a) {
        Centre centre = repository.centre(centreId).orElseThrow(() -> new NoSuchElementException("No centre " + centreId));
        Map<String, String> errors = new LinkedHashMap<>();
        require(errors, "number", a.number(), "centre.error.accreditationNumberRequired");
        if (a.validFrom() == null) {
            errors.put("validFrom", Messages.get("centre.error.validFromRequired"));
        }
        if (a.validUntil() == null) {
            errors.put("validUntil", Messages.get("centre.error.validUntilRequired"));
        } else if (a.validFrom() != null && a.validUntil().isBefore(a.validFrom())) {
            errors.put("validUntil", Messages.get("centre.error.validUntilBeforeFrom"));
        }
        require(errors, "managerLastName", a.managerLastName(), "centre.error.managerNameRequired");
        require(errors, "managerFirstName", a.managerFirstName(), "centre.error.managerNameRequired");
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        long id = repository.insertAccreditation(centreId, a);
        audit.record("centre.accreditation.added", null, "centre", String.valueOf(centreId),
                Messages.get("centre.audit.accreditationAdded", a.number(), centre.name(),
                        a.managerLastName() + " " + a.managerFirstName()));
        return id;
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
