package dev.camelokta.sandbox;

/** The kinds of key pair the sandbox generates for a service app: RSA 2048 (signs RS256) or EC P-256 (ES256). */
public enum KeyType {
    RSA,
    EC
}
