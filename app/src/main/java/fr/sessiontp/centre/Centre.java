package fr.sessiontp.centre;

/** An accredited training centre; {@code region} is the DREETS region it reports to. */
public record Centre(long id, String name, String address, String postalCode, String city, String region, String email) {

    /** "12 rue X, 75001 Paris". */
    public String fullAddress() {
        return address + ", " + postalCode + " " + city;
    }
}
