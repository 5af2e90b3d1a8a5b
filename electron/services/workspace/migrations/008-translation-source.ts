/**
 * Schema version 8 (issue 13, translating the records): each translation keeps the source
 * text it was written for, so that a later change of the source marks it stale. Older rows
 * have none (never stale).
 */
export const sql = `
ALTER TABLE translations ADD COLUMN source_text TEXT;
`;
