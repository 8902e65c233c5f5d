package dev.camelokta.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes the generated private keys of service apps to files, for clients started by hand against the command
 * line sandbox: {@code DIR/<clientId>.pem}, readable by the owner only where the file system has permissions.
 */
final class ServiceAppKeyFiles {

    private ServiceAppKeyFiles() {
    }

    /** @return the file written, absolute */
    static Path write(OktaSandbox okta, String clientId, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName(clientId)).toAbsolutePath();
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, okta.serviceAppPrivateKeyPem(clientId), StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING);
        return file;
    }

    /** The client id with anything but letters, digits, dot, dash and underscore replaced, then {@code .pem}. */
    static String fileName(String clientId) {
        String safe = clientId.replaceAll("[^A-Za-z0-9._-]", "_");
        return (Set.of(".", "..").contains(safe) ? "_" + safe : safe) + ".pem";
    }
}
