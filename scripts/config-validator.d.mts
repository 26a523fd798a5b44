/** schema/config.schema.json compiled to a standalone validator module (scripts/config-validator.mjs). */
export const SCHEMA_FILE: string;
export const GENERATED_FILE: string;
export function generateConfigValidator(schemaText?: string): string;
