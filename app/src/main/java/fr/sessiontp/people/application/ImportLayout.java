package fr.sessiontp.people.application;

import fr.sessiontp.common.Messages;
import fr.sessiontp.people.domain.Fields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The columns of an import file: their French headers (matched ignoring case, accents and punctuation), required or not. */
public final class ImportLayout {

    /** One column: the field it fills, its header as the template writes it, other accepted headers. */
    public record Column(String field, String header, boolean required, String description, List<String> aliases) {
    }

    /** Where each field is in the file; found by {@link #locate}. */
    public record Located(Map<String, Integer> indexes, Map<String, String> headers) {

        public String value(Spreadsheet.Row row, String field) {
            Integer index = indexes.get(field);
            return index == null ? "" : row.cell(index);
        }

        public String header(String field) {
            return headers.get(field);
        }

        public boolean has(String field) {
            return indexes.containsKey(field);
        }
    }

    private final List<Column> columns;

    public ImportLayout(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public List<Column> columns() {
        return columns;
    }

    /** The header line of the downloadable template. */
    public String templateHeader() {
        return String.join(";", columns.stream().map(Column::header).toList());
    }

    public Optional<Column> column(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /** Finds each column in the file's header line; every unknown, repeated or missing column is an error of line 1. */
    public Located locate(List<String> fileHeaders, List<ImportError> errors) {
        Map<String, Integer> indexes = new HashMap<>();
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < fileHeaders.size(); i++) {
            String header = fileHeaders.get(i) == null ? "" : fileHeaders.get(i).strip();
            if (header.isEmpty()) {
                continue;
            }
            Optional<Column> column = match(header);
            if (column.isEmpty()) {
                errors.add(new ImportError(1, header, header, Messages.get("people.import.header.unknown", templateHeader())));
            } else if (indexes.containsKey(column.get().field())) {
                errors.add(new ImportError(1, header, header, Messages.get("people.import.header.repeated")));
            } else {
                indexes.put(column.get().field(), i);
                headers.put(column.get().field(), column.get().header());
            }
        }
        for (Column column : columns) {
            if (column.required() && !indexes.containsKey(column.field())) {
                errors.add(new ImportError(1, column.header(), "", Messages.get("people.import.header.missing")));
            }
            headers.putIfAbsent(column.field(), column.header());
        }
        return new Located(indexes, headers);
    }

    private Optional<Column> match(String header) {
        String key = key(header);
        return columns.stream()
                .filter(c -> key(c.header()).equals(key) || c.aliases().stream().anyMatch(a -> key(a).equals(key)))
                .findFirst();
    }

    static String key(String header) {
        return Fields.fold(header).replaceAll("[^a-z0-9]", "");
    }

    /** A builder-like helper for the two layouts. */
    static List<Column> of(Object[]... definitions) {
        List<Column> list = new ArrayList<>();
        for (Object[] d : definitions) {
            List<String> aliases = new ArrayList<>();
            for (int i = 4; i < d.length; i++) {
                aliases.add((String) d[i]);
            }
            list.add(new Column((String) d[0], (String) d[1], (Boolean) d[2], (String) d[3], aliases));
        }
        return list;
    }

    /** The candidates' file. */
    public static final ImportLayout CANDIDATES = new ImportLayout(of(
            new Object[] {"birthName", "Nom de naissance", true, "obligatoire", "Nom"},
            new Object[] {"usageName", "Nom d'usage", false, "facultatif"},
            new Object[] {"firstNames", "Prénoms", true, "obligatoire", "Prénom"},
            new Object[] {"identifier", "Identifiant", true, "obligatoire, unique dans le centre", "Identifiant candidat"},
            new Object[] {"birthDate", "Date de naissance", false, "facultatif, jj/mm/aaaa ou aaaa-mm-jj"},
            new Object[] {"email", "Courriel", false, "facultatif", "E-mail", "Email", "Adresse électronique"},
            new Object[] {"accessRoute", "Voie d'accès", true, "obligatoire : Formation, VAE ou Équivalence"},
            new Object[] {"extraTimePercent", "Temps majoré (%)", false,
                    "facultatif, nombre entier de 0 à 100 (aménagement décidé par la DDETS)", "Temps majoré"},
            new Object[] {"adjustmentNote", "Décision DDETS", false,
                    "obligatoire si un temps majoré est indiqué : référence de la décision de la DDETS",
                    "Aménagement", "Note d'aménagement", "Décision de la DDETS"},
            new Object[] {"trainer", "Formateur", false, "facultatif : « Nom Prénom » d'un formateur du centre"}));

    /** The jury members' file: one line per habilitation; a member habilitated for two titles has two lines. */
    public static final ImportLayout JURY = new ImportLayout(of(
            new Object[] {"lastName", "Nom", true, "obligatoire"},
            new Object[] {"firstName", "Prénom", true, "obligatoire", "Prénoms"},
            new Object[] {"email", "Courriel", true, "obligatoire, unique", "E-mail", "Email", "Adresse électronique"},
            new Object[] {"profession", "Métier", true, "obligatoire : le jury est composé de professionnels du métier", "Profession"},
            new Object[] {"region", "Région", true, "obligatoire"},
            new Object[] {"titleCode", "Titre (code)", false, "facultatif : code du titre, par exemple TP-00402", "Titre", "Code titre"},
            new Object[] {"validFrom", "Habilité du", false, "obligatoire si un titre est indiqué, jj/mm/aaaa"},
            new Object[] {"validUntil", "Habilité jusqu'au", false, "obligatoire si un titre est indiqué, jj/mm/aaaa",
                    "Habilité au"}));
}
