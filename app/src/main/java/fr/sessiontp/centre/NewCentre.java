package fr.sessiontp.centre;

/** A centre to create: see {@link Centres#createCentre(NewCentre)}. */
public record NewCentre(String name, String address, String postalCode, String city, String region, String email) {
}
