package fr.sessiontp.people.domain;

/** A title as the people module needs it: to name a habilitation. */
public record TitleRef(long id, String code, String name) {

    public String label() {
        return code + " — " + name;
    }
}
