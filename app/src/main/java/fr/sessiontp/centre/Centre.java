package fr.sessiontp.centre;

/**
 * An accredited training centre; {@code region} is the DREETS region it reports to; {@code contactName} and
 * {@code phone} may be null.
 */
public record Centre(long id, String name, String address, String postalCode, String city, String region, String email,
                     String contactName, String phone) {

    /** A centre without contact person or phone. */
    public Centre(long id, String name, String address, String postalCode, String city, String region, String email) {
        this(id, name, address, postalCode, city, region, email, null, null);
    }

    /** "12 rue X, 75001 Paris". */
    public String fullAddress() {
        return address + ", " + postalCode + " " + city;
    }
}
