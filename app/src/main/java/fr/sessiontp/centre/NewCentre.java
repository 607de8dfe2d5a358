package fr.sessiontp.centre;

/**
 * A centre to create or its facts to change: see {@link Centres#createCentre(NewCentre)}.
 *
 * @param contactName the person to contact at the centre
 */
public record NewCentre(String name, String address, String postalCode, String city, String region, String email,
                        String contactName, String phone) {

    /** A centre without contact person or phone. */
    public NewCentre(String name, String address, String postalCode, String city, String region, String email) {
        this(name, address, postalCode, city, region, email, null, null);
    }
}
