import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * National data set generator (#8.6), a single-file program run with the JDK's source launcher and the PostgreSQL
 * driver on the class path:
 *
 * <pre>java -cp postgresql.jar scripts/NationalDataset.java --url jdbc:postgresql://127.0.0.1:PORT/postgres \
 *      [--user postgres] [--scale 1.0] [--seed 42]</pre>
 *
 * Adds, next to whatever the database holds (e.g. the demo data), with COPY and explicit ids (sequences moved past them
 * afterwards), respecting every foreign key and check: 250 titles (2 CCP each), 1,000 centres over the 13 regions
 * (5 accreditations, 2 responsables, 3 trainers, 2 rooms each), 20,000 habilitated jury members, 20,000 sessions a
 * year over 2022–2026 (100,000 sessions, one jury pair each), 1,000,000 candidates each enrolled in one session, and
 * an outcome (eval_deliberation) for every candidate of a session already held. {@code --scale} multiplies the
 * centres, jury members, sessions and candidates. Two logins are added, with the demo accounts' password hashes:
 * {@code national-dreets} (AUTHORITY, Île-de-France; password of {@code dreets}) and {@code national-admin} (ADMIN of
 * the first generated centre; password of {@code admin}). Then, for every generated session already transmitted,
 * validated or archived, the PVs as the authority sees them (step {@code reports}, in SQL on the server): a general PV
 * (one line per outcome), its transmission within the deadline, and the authority's validation when there was one
 * with the outcome counts it records.
 * Prints the time per table. Fictitious names only.
 *
 * <p>{@code --step reports} runs only that step, on a database generated before it existed.
 */
public class NationalDataset {

    static final List<String> REGIONS = List.of("Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne",
            "Centre-Val de Loire", "Corse", "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie",
            "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur");
    static final String[] LAST = {"MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU",
            "LAURENT", "SIMON", "MICHEL", "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD"};
    static final String[] FIRST = {"Camille", "Dominique", "Claude", "Alex", "Sacha", "Lou", "Noé", "Charlie", "Jules",
            "Morgan", "Éden", "Maël", "Andréa", "Yanis", "Inès", "Léa", "Hugo", "Chloé", "Nathan", "Manon"};

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>(Map.of("user", "postgres", "password", "", "scale", "1.0", "seed", "42"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        double scale = Double.parseDouble(o.get("scale"));
        int titles = 250;
        int centres = (int) (1000 * scale);
        int juryMembers = (int) (20_000 * scale);
        int sessionsPerYear = (int) (20_000 * scale);
        int years = 5;
        int candidates = (int) (1_000_000 * scale);
        Random random = new Random(Long.parseLong(o.get("seed")));
        long t0 = System.nanoTime();

        try (Connection c = DriverManager.getConnection(o.get("url"), o.get("user"), o.get("password"))) {
            c.setAutoCommit(false);
            if ("reports".equals(o.get("step"))) {
                reports(c, t0);
                c.commit();
                analyze(c);
                return;
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long titleBase = max(c, "title"), certBase = max(c, "certificate"), centreBase = max(c, "centre");
            long accBase = max(c, "accreditation"), managerBase = max(c, "session_manager"), trainerBase = max(c, "trainer");
            long roomBase = max(c, "room"), juryBase = max(c, "jury_member"), habBase = max(c, "habilitation");
            long sessionBase = max(c, "exam_session"), pairBase = max(c, "jury_pair"), candBase = max(c, "candidate");
            String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();

            // titles and their CCPs
            Rows rows = new Rows();
            for (int t = 1; t <= titles; t++) {
                rows.add(titleBase + t, "TP-N" + run + "-" + t, "Titre professionnel national " + t, "RE 2022", "2020-01-01");
            }
            copy(copy, "title (id, code, name, re_version, valid_from)", rows, "titles", t0);
            rows = new Rows();
            for (int t = 1; t <= titles; t++) {
                for (int k = 1; k <= 2; k++) {
                    rows.add(certBase + (t - 1) * 2L + k, titleBase + t, "CCP", "CP-N" + run + "-" + t + "-" + k,
                            "Bloc de compétences " + k + " du titre " + t, k);
                }
            }
            copy(copy, "certificate (id, title_id, kind, code, name, position)", rows, "certificates", t0);

            // centres, accreditations, staff, rooms
            long[][] accredited = new long[centres][5];
            rows = new Rows();
            Rows acc = new Rows(), managers = new Rows(), trainers = new Rows(), rooms = new Rows();
            for (int i = 0; i < centres; i++) {
                long id = centreBase + i + 1;
                String region = REGIONS.get(i % REGIONS.size());
                rows.add(id, "Centre national " + (i + 1), (i + 1) + " rue de la Formation", String.format("%05d", 1000 + i * 7 % 95000),
                        "Ville " + (i + 1), region, "centre" + (i + 1) + "@exemple.fr");
                for (int a = 0; a < 5; a++) {
                    long title = titleBase + 1 + (i * 5L + a) % titles;
                    accredited[i][a] = title;
                    acc.add(accBase + i * 5L + a + 1, id, title, "AGR-" + run + "-" + i + "-" + a, "2021-01-01", "2031-12-31",
                            LAST[i % LAST.length], FIRST[a % FIRST.length]);
                }
                for (int m = 0; m < 2; m++) {
                    managers.add(managerBase + i * 2L + m + 1, id, LAST[(i + m) % LAST.length], FIRST[(i + 3 * m) % FIRST.length]);
                }
                for (int m = 0; m < 3; m++) {
                    trainers.add(trainerBase + i * 3L + m + 1, id, LAST[(i + m + 5) % LAST.length], FIRST[(i + m) % FIRST.length]);
                }
                rooms.add(roomBase + i * 2L + 1, id, "S1", "Salle 1", "SALLE", 12, false);
                rooms.add(roomBase + i * 2L + 2, id, "J1", "Salle du jury", "JURY", 4, true);
            }
            copy(copy, "centre (id, name, address, postal_code, city, region, email)", rows, "centres", t0);
            copy(copy, "accreditation (id, centre_id, title_id, number, valid_from, valid_until, manager_last_name, manager_first_name)",
                    acc, "accreditations", t0);
            copy(copy, "session_manager (id, centre_id, last_name, first_name)", managers, "session managers", t0);
            copy(copy, "trainer (id, centre_id, last_name, first_name)", trainers, "trainers", t0);
            copy(copy, "room (id, centre_id, code, name, kind, capacity, confidential)", rooms, "rooms", t0);

            // jury members (habilitated for two titles each)
            rows = new Rows();
            Rows habs = new Rows();
            for (int j = 0; j < juryMembers; j++) {
                long id = juryBase + j + 1;
                rows.add(id, LAST[j % LAST.length], FIRST[(j / LAST.length) % FIRST.length],
                        "jure." + run.toLowerCase() + "." + j + "@exemple.fr", "Professionnel du métier", REGIONS.get(j % REGIONS.size()));
                for (int h = 0; h < 2; h++) {
                    habs.add(habBase + j * 2L + h + 1, id, titleBase + 1 + (j * 2L + h) % titles, "2021-01-01", "2031-12-31");
                }
            }
            copy(copy, "jury_member (id, last_name, first_name, email, profession, region)", rows, "jury members", t0);
            copy(copy, "habilitation (id, jury_member_id, title_id, valid_from, valid_until)", habs, "habilitations", t0);

            // sessions (one jury pair each), 20,000 a year from 2022 to 2026
            int sessions = sessionsPerYear * years;
            long[] sessionCentre = new long[sessions];
            boolean[] held = new boolean[sessions];
            long[] pairMemberA = new long[sessions];
            LocalDate today = LocalDate.now();
            rows = new Rows();
            Rows pairs = new Rows();
            for (int s = 0; s < sessions; s++) {
                int year = 2022 + s / sessionsPerYear;
                int centre = random.nextInt(centres);
                LocalDate start = LocalDate.of(year, 1, 3).plusDays(random.nextInt(355));
                LocalDate end = start.plusDays(random.nextInt(3));
                held[s] = end.isBefore(today);
                String status = !held[s] ? "PLANNED" : end.isBefore(today.minusMonths(6)) ? "ARCHIVED"
                        : end.isBefore(today.minusMonths(1)) ? "VALIDATED" : "TRANSMITTED";
                long id = sessionBase + s + 1;
                sessionCentre[s] = centre;
                long manager = managerBase + centre * 2L + 1;
                rows.add(id, centreBase + centre + 1, accredited[centre][random.nextInt(5)], "TITLE", "N" + run + "-" + (s + 1),
                        start, end, status, manager, manager + 1);
                long a = juryBase + 1 + random.nextInt(juryMembers);
                long b = juryBase + 1 + (a - juryBase + random.nextInt(juryMembers - 1)) % juryMembers;
                pairMemberA[s] = a;
                pairs.add(pairBase + s + 1, id, a, b, 1);
            }
            copy(copy, "exam_session (id, centre_id, title_id, type, number, start_date, end_date, status, manager_id, substitute_id)",
                    rows, "sessions", t0);
            copy(copy, "jury_pair (id, session_id, member_a_id, member_b_id, position)", pairs, "jury pairs", t0);

            // candidates, each enrolled in one session of their centre (or any session when the centre has none)
            int[][] sessionsOfCentre = new int[centres][];
            int[] counts = new int[centres];
            for (int s = 0; s < sessions; s++) {
                counts[(int) sessionCentre[s]]++;
            }
            for (int i = 0; i < centres; i++) {
                sessionsOfCentre[i] = new int[counts[i]];
                counts[i] = 0;
            }
            for (int s = 0; s < sessions; s++) {
                int centre = (int) sessionCentre[s];
                sessionsOfCentre[centre][counts[centre]++] = s;
            }
            String[] routes = {"TRAINING", "TRAINING", "TRAINING", "VAE", "EQUIVALENCE"};
            String[] outcomes = {"SUCCESS", "SUCCESS", "SUCCESS", "PARTIAL_SUCCESS", "FAILURE", "ABSENT"};
            int chunk = 100_000;
            long enrolled = 0, decided = 0;
            for (int from = 0; from < candidates; from += chunk) {
                Rows cands = new Rows(), enrol = new Rows(), delib = new Rows();
                for (int k = from; k < Math.min(candidates, from + chunk); k++) {
                    long id = candBase + k + 1;
                    int centre = k % centres;
                    cands.add(id, centreBase + centre + 1, "N" + run + "-" + k, LAST[k % LAST.length], FIRST[(k / 7) % FIRST.length],
                            LocalDate.of(1960 + k % 45, 1 + k % 12, 1 + k % 28), routes[k % routes.length],
                            trainerBase + centre * 3L + 1 + k % 3);
                    int[] own = sessionsOfCentre[centre];
                    int s = own.length > 0 ? own[random.nextInt(own.length)] : random.nextInt(sessions);
                    enrol.add(sessionBase + s + 1, id, pairBase + s + 1);
                    enrolled++;
                    if (held[s]) {
                        String outcome = outcomes[random.nextInt(outcomes.length)];
                        delib.add(sessionBase + s + 1, id, outcome, pairMemberA[s]);
                        decided++;
                    }
                }
                copy(copy, "candidate (id, centre_id, identifier, birth_name, first_names, birth_date, access_route, trainer_id)",
                        cands, null, t0);
                copy(copy, "enrolment (session_id, candidate_id, jury_pair_id)", enrol, null, t0);
                copy(copy, "eval_deliberation (session_id, candidate_id, outcome, updated_by)", delib, null, t0);
            }
            System.out.printf("%8.1f s  %,d candidates, %,d enrolments, %,d outcomes%n", (System.nanoTime() - t0) / 1e9,
                    candidates, enrolled, decided);

            // logins for the measurements, with the demo accounts' password hashes
            try (Statement st = c.createStatement()) {
                st.executeUpdate("""
                        insert into app_user (username, password_hash, role, display_name, region)
                        select 'national-dreets', password_hash, 'AUTHORITY', 'DREETS Île-de-France (jeu national)', 'Île-de-France'
                        from app_user where username = 'dreets' on conflict (username) do nothing""");
                st.executeUpdate("insert into app_user (username, password_hash, role, display_name, centre_id) "
                        + "select 'national-admin', password_hash, 'ADMIN', 'Administration (jeu national)', " + (centreBase + 1)
                        + " from app_user where username = 'admin' on conflict (username) do nothing");
                for (String table : List.of("title", "certificate", "centre", "accreditation", "session_manager", "trainer",
                        "room", "jury_member", "habilitation", "exam_session", "jury_pair", "candidate")) {
                    st.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
                }
            }
            reports(c, t0);
            c.commit();
            System.out.printf("%8.1f s  committed%n", (System.nanoTime() - t0) / 1e9);
            analyze(c);
            System.out.printf("%8.1f s  analyzed; first generated session id %d, first centre id %d (Île-de-France centres: id %d + 13k)%n",
                    (System.nanoTime() - t0) / 1e9, sessionBase + 1, centreBase + 1, centreBase + 1 + REGIONS.indexOf("Île-de-France"));
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select s.id from exam_session s join centre c on c.id = s.centre_id "
                         + "where c.region = 'Île-de-France' and s.id > " + sessionBase + " order by s.id limit 1")) {
                if (rs.next()) {
                    System.out.println("SESSION_IN_IDF=" + rs.getLong(1));
                }
            }
            System.out.println("FIRST_CENTRE=" + (centreBase + 1));
        }
    }

    /**
     * The PVs of the generated sessions that reached the authority: general PV, lines, transmission and its items, and
     * the authority's validation for VALIDATED and ARCHIVED sessions. Sessions that already have a PV are skipped.
     */
    static void reports(Connection c, long t0) throws Exception {
        // each statement reads the rows the previous one wrote: without fresh statistics the planner takes the new
        // tables for empty and joins them by nested loops over sequential scans (minutes instead of seconds)
        String closed = "s.status in ('TRANSMITTED', 'VALIDATED', 'ARCHIVED') and s.number like 'N%'";
        try (Statement st = c.createStatement()) {
            int versions = st.executeUpdate("""
                    insert into report_version (session_id, kind, version, session_number, session_type, title_id, title_code,
                      title_name, centre_id, centre_name, centre_address, centre_city, start_date, end_date, jury_composition,
                      manager_last_name, manager_first_name, content_sha256, created_at, created_by)
                    select s.id, 'GENERAL', 1, s.number, s.type, t.id, t.code, t.name, c.id, c.name, c.address, c.city,
                      s.start_date, s.end_date, 'Binôme 1', m.last_name, m.first_name,
                      encode(sha256(convert_to('general PV ' || s.id, 'UTF8')), 'hex'), s.end_date + time '17:00', 'national-admin'
                    from exam_session s join title t on t.id = s.title_id join centre c on c.id = s.centre_id
                      join session_manager m on m.id = s.manager_id
                    where %s and not exists (select 1 from report_version v where v.session_id = s.id)""".formatted(closed));
            System.out.printf("%8.1f s  %,d general PVs%n", (System.nanoTime() - t0) / 1e9, versions);
            st.execute("analyze report_version");
            int lines = st.executeUpdate("""
                    insert into report_line (report_version_id, position, candidate_id, identifier, birth_name, first_names,
                      access_route, pair_position, outcome)
                    select v.id, row_number() over (partition by v.id order by d.candidate_id), d.candidate_id, k.identifier,
                      k.birth_name, k.first_names, k.access_route, 1, d.outcome
                    from report_version v join eval_deliberation d on d.session_id = v.session_id
                      join candidate k on k.id = d.candidate_id
                    where v.created_by = 'national-admin' and not exists (select 1 from report_line l where l.report_version_id = v.id)""");
            System.out.printf("%8.1f s  %,d PV lines%n", (System.nanoTime() - t0) / 1e9, lines);
            st.execute("analyze report_line");
            int transmissions = st.executeUpdate("""
                    insert into report_transmission (session_id, region, transmitted_at, transmitted_by_id, transmitted_by, due_date, on_time)
                    select v.session_id, c.region, v.end_date + time '10:00' + interval '5 days', u.id, u.display_name,
                      v.end_date + 15, true
                    from report_version v join centre c on c.id = v.centre_id join app_user u on u.username = 'national-admin'
                    where v.created_by = 'national-admin'
                      and not exists (select 1 from report_transmission r where r.session_id = v.session_id)""");
            st.execute("analyze report_transmission");
            st.executeUpdate("""
                    insert into report_transmission_item (transmission_id, report_version_id, kind, version, content_sha256, sealed_sha256)
                    select r.id, v.id, 'GENERAL', 1, v.content_sha256, encode(sha256(convert_to('sealed ' || v.id, 'UTF8')), 'hex')
                    from report_transmission r join report_version v on v.session_id = r.session_id
                    where v.created_by = 'national-admin'
                      and not exists (select 1 from report_transmission_item i where i.transmission_id = r.id)""");
            int decisions = st.executeUpdate("""
                    insert into authority_decision (transmission_id, session_id, decision, decided_at, decided_by_id, decided_by)
                    select r.id, r.session_id, 'VALIDATED', r.transmitted_at + interval '3 days', u.id, u.display_name
                    from report_transmission r join exam_session s on s.id = r.session_id
                      join app_user u on u.username = 'national-dreets'
                    where s.status in ('VALIDATED', 'ARCHIVED') and s.number like 'N%'
                      and not exists (select 1 from authority_decision a where a.session_id = r.session_id)""");
            System.out.printf("%8.1f s  %,d transmissions, %,d validations%n", (System.nanoTime() - t0) / 1e9, transmissions,
                    decisions);
            // as the validation writes it (closing module), from the counts' one definition
            st.executeUpdate("""
                    insert into released_outcome (session_id, centre_id, title_id, report_version_id, candidates, successes,
                      partial_successes, failures, absences, released_at)
                    select o.session_id, o.centre_id, o.title_id, o.report_version_id, o.candidates, o.successes,
                      o.partial_successes, o.failures, o.absences, a.decided_at
                    from released_outcome_source o join exam_session s on s.id = o.session_id
                      join authority_decision a on a.session_id = s.id
                    where s.status in ('VALIDATED', 'ARCHIVED') and s.number like 'N%'
                      and not exists (select 1 from released_outcome r where r.session_id = s.id)""");
        }
    }

    private static void analyze(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("analyze");
        }
    }

    private static long max(Connection c, String table) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void copy(CopyManager copy, String target, Rows rows, String label, long t0) throws Exception {
        try (Reader reader = new StringReader(rows.text.toString())) {
            copy.copyIn("copy " + target + " from stdin with (format csv)", reader);
        }
        if (label != null) {
            System.out.printf("%8.1f s  %,d %s%n", (System.nanoTime() - t0) / 1e9, rows.count, label);
        }
    }

    /** CSV text of rows (values quoted when needed). */
    static final class Rows {
        final StringBuilder text = new StringBuilder();
        int count;

        void add(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                String v = String.valueOf(values[i]);
                if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\'') >= 0) {
                    text.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    text.append(v);
                }
            }
            text.append('\n');
            count++;
        }
    }
}
