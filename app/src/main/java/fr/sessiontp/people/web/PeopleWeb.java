package fr.sessiontp.people.web;

import fr.sessiontp.people.application.UnknownRecordException;
import fr.sessiontp.people.domain.FieldViolation;
import fr.sessiontp.people.domain.InvalidInputException;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What the people pages share: who acts for which centre, and the errors of a form by field. */
final class PeopleWeb {

    static final int PAGE_SIZE = 20;

    private PeopleWeb() {
    }

    static CurrentUser user() {
        return UserAccounts.current().orElseThrow(() -> new UnknownRecordException("user", 0));
    }

    /** The centre the user works for; a user without a centre sees nothing here. */
    static long centre() {
        Long centre = user().centreId();
        if (centre == null) {
            throw new UnknownRecordException("centre", 0);
        }
        return centre;
    }

    /** The regional authority acting (the jury directory's pages); anyone else sees nothing here. */
    static CurrentUser authority() {
        CurrentUser user = user();
        if (!user.is(Role.AUTHORITY) || user.region() == null) {
            throw new UnknownRecordException("authority", 0);
        }
        return user;
    }

    static boolean canEdit() {
        return user().is(Role.ADMIN);
    }

    /** The French messages of the form, by field, several messages of one field joined. */
    static Map<String, String> errors(InvalidInputException e) {
        return e.violations().stream().collect(Collectors.groupingBy(FieldViolation::field, LinkedHashMap::new,
                Collectors.mapping(FieldViolation::displayMessage, Collectors.joining(" "))));
    }

    static int page(Integer page) {
        return page == null || page < 0 ? 0 : Math.min(page, 100_000);
    }
}
