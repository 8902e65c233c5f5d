package dev.camelokta.component.okta.kamelet;

/**
 * Okta's user resource as the Users API returns it, for WireMock to answer with.
 */
final class OktaUserJson {

    private OktaUserJson() {
    }

    static String user(String id, String status, String firstName, String lastName, String login) {
        return """
                {
                  "id": "%s",
                  "status": "%s",
                  "created": "2025-01-06T10:15:30.000Z",
                  "activated": null,
                  "statusChanged": null,
                  "lastLogin": null,
                  "lastUpdated": "2025-01-06T10:15:30.000Z",
                  "passwordChanged": null,
                  "type": { "id": "oty1defaulttype0000" },
                  "profile": {
                    "firstName": "%s",
                    "lastName": "%s",
                    "email": "%s",
                    "login": "%s",
                    "mobilePhone": null
                  },
                  "credentials": { "provider": { "type": "OKTA", "name": "OKTA" } },
                  "_links": { "self": { "href": "https://acme.okta.com/api/v1/users/%s" } }
                }
                """.formatted(id, status, firstName, lastName, login, login, id);
    }
}
