package fr.sessiontp.centre;

/** What a user types to add or edit a room: see {@link Centres#addRoom(long, RoomDetails)}. */
public record RoomDetails(String code, String name, String kind, int capacity, boolean confidential) {
}
