package dev.camelokta.sandbox;

/** Profiles for test users, as JSON. */
final class Profiles {

    private Profiles() {
    }

    /** A complete profile whose login and email are {@code login}. */
    static String of(String login) {
        return of(login, "Isaac", "Brock");
    }

    static String of(String login, String firstName, String lastName) {
        return "{\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName + "\",\"email\":\"" + login
                + "\",\"login\":\"" + login + "\"}";
    }

    /** A create or update body with this profile. */
    static String body(String profileJson) {
        return "{\"profile\":" + profileJson + "}";
    }
}
