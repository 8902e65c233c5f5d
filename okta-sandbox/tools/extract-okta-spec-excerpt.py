#!/usr/bin/env python3
"""Copies the part of Okta's management OpenAPI spec that the sandbox implements.

The conformance tests read only the excerpt this writes, never the full 3.4 MB spec,
so the module builds without the shared folder. Run it again when the spec is updated:

    python3 okta-sandbox/tools/extract-okta-spec-excerpt.py \
        /path/to/management-minimal.yaml \
        okta-sandbox/src/test/resources/okta-spec/okta-users-api-excerpt.yaml

It keeps the listed operations, the schemas they need (the whole $ref closure), the
shared parameters and responses they use, and the examples they point at. $refs that
do not resolve in the full spec are renamed to x-unresolved-ref, as the spec's README
advises, so that strict tools accept the excerpt.
"""
import sys

import yaml

OPERATIONS = {
    "/api/v1/users": ["get", "post"],
    "/api/v1/users/{id}": ["get", "post", "put", "delete"],
    "/api/v1/users/{id}/groups": ["get"],
    "/api/v1/users/{id}/lifecycle/activate": ["post"],
    "/api/v1/users/{id}/lifecycle/reactivate": ["post"],
    "/api/v1/users/{id}/lifecycle/deactivate": ["post"],
    "/api/v1/users/{id}/lifecycle/suspend": ["post"],
    "/api/v1/users/{id}/lifecycle/unsuspend": ["post"],
    "/api/v1/users/{id}/lifecycle/unlock": ["post"],
    "/api/v1/users/{id}/lifecycle/expire_password": ["post"],
    "/api/v1/users/{id}/lifecycle/expire_password_with_temp_password": ["post"],
    "/api/v1/users/{id}/lifecycle/reset_password": ["post"],
    "/api/v1/users/{userId}/sessions": ["delete"],
    "/api/v1/groups": ["get", "post"],
    "/api/v1/groups/{groupId}": ["get"],
    "/api/v1/groups/{groupId}/users": ["get"],
    "/api/v1/groups/{groupId}/users/{userId}": ["put", "delete"],
    "/api/v1/meta/types/user": ["get"],
    "/api/v1/meta/types/user/{typeId}": ["get"],
    "/api/v1/meta/schemas/user/{schemaId}": ["get"],
}
# Schemas the tests validate bodies against, kept even where no operation names them.
ROOT_SCHEMAS = ["User", "UserGetSingleton", "UserType", "Error", "CreateUserRequest", "UpdateUserRequest", "Group",
                "UserSchema", "UserActivationToken", "ResetPasswordToken", "tempPassword"]


def main(source, target):
    with open(source, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    components = spec["components"]
    wanted = {}  # (section, name) -> True
    pending = [("schemas", name) for name in ROOT_SCHEMAS]

    paths = {}
    for path, methods in OPERATIONS.items():
        item = spec["paths"][path]
        kept = {k: v for k, v in item.items() if k == "parameters"}
        kept.update({m: item[m] for m in methods})
        paths[path] = kept
        pending.extend(refs_in(kept))

    while pending:
        section, name = pending.pop()
        if (section, name) in wanted:
            continue
        if name not in components.get(section, {}):
            continue
        wanted[(section, name)] = True
        pending.extend(refs_in(components[section][name]))

    excerpt_components = {}
    for section, name in sorted(wanted):
        excerpt_components.setdefault(section, {})[name] = components[section][name]
    if "securitySchemes" in components:
        excerpt_components["securitySchemes"] = {"apiToken": components["securitySchemes"]["apiToken"]}

    excerpt = {
        "openapi": spec["openapi"],
        "info": {
            "title": spec["info"]["title"] + " (excerpt: users, their lifecycle, groups, user types and schemas)",
            "version": spec["info"]["version"],
            "description": "Excerpt of Okta's management-minimal.yaml made by "
                           "okta-sandbox/tools/extract-okta-spec-excerpt.py; unresolved $refs renamed to x-unresolved-ref.",
        },
        "paths": paths,
        "components": excerpt_components,
    }
    rename_unresolved_refs(excerpt, excerpt)
    with open(target, "w", encoding="utf-8") as f:
        yaml.dump(excerpt, f, Dumper=NoAliasDumper, sort_keys=False, allow_unicode=True, width=200)


class NoAliasDumper(yaml.SafeDumper):
    """Writes shared nodes out in full: YAML anchors would make the excerpt harder to read."""

    def ignore_aliases(self, data):
        return True


def refs_in(node):
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/components/"):
                _, _, section, name = value.split("/", 3)
                found.append((section, name))
            else:
                found.extend(refs_in(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(refs_in(value))
    return found


def rename_unresolved_refs(node, document):
    if isinstance(node, dict):
        for key in list(node.keys()):
            value = node[key]
            # A $ref whose value is not text is a property named "$ref" (UserSchemaPropertiesProfileItem), no reference.
            if key == "$ref" and isinstance(value, str) and not resolves(value, document):
                node["x-unresolved-ref"] = node.pop("$ref")
            else:
                rename_unresolved_refs(value, document)
    elif isinstance(node, list):
        for value in node:
            rename_unresolved_refs(value, document)


def resolves(ref, document):
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return False
    node = document
    for part in ref[2:].split("/"):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
