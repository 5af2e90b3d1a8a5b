/**
 * Schema version 9 (issue 11): a purpose can be marked as direct marketing, so that the
 * notice offers the absolute right to object to it (Art. 21(2)-(3) GDPR). The column is
 * optional: purposes recorded before read as not direct marketing, as they always did.
 */
export const sql = `
ALTER TABLE activity_purposes ADD COLUMN direct_marketing INTEGER CHECK (direct_marketing IN (0, 1));
`;
