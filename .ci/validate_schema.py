#!/usr/bin/env python3
"""Validates every YAML file of a knowledge folder against its schema.json, the way an
editor's YAML language server would (YAML 1.2 core types: `yes`/`no` stay strings)."""
import glob
import json
import re
import sys

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 booleans (true/false only)."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def keys_to_text(value):
    if isinstance(value, dict):
        return {(str(k).lower() if isinstance(k, bool) else str(k)): keys_to_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [keys_to_text(v) for v in value]
    return value


def main(root):
    validator = jsonschema.Draft7Validator(json.load(open(f"{root}/schema.json", encoding="utf-8")))
    failed = 0
    files = sorted(glob.glob(f"{root}/**/*.yaml", recursive=True))
    for path in files:
        try:
            with open(path, encoding="utf-8") as f:
                document = keys_to_text(yaml.load(f, Loader=Yaml12Loader))
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            failed += 1
            print(f"{path}: not YAML: {str(error).splitlines()[0]}")
            continue
        for error in validator.iter_errors(document):
            failed += 1
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: schema: {where}: {error.message[:300]}")
    print(f"schema: {len(files)} files, {failed} problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "Knowledge"))
