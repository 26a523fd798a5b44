import type { StreamingFormatter } from '../formatter.js';
import { REPORT_SCHEMA_ID } from '../../types.js';
import { escapeLineSeparators, orderDocument } from './json.js';

/**
 * One JSON object per line and per document, written as soon as the document is done:
 * `{"$schema":…,"schemaVersion":1,"tool":{…},"document":{…}}`. The document has the shape of
 * `documents[]` in the JSON report; there is no summary line, so concatenating the output of
 * several runs gives valid NDJSON.
 */
export const ndjsonFormatter: StreamingFormatter = {
  name: 'ndjson',
  description: 'one JSON line per document, streamed as each is done (for pipelines)',
  format(report, options) {
    const context = { schemaVersion: report.schemaVersion, tool: report.tool };
    return report.documents.map((document) => this.formatDocument(document, context, options)).join('') + this.formatEnd(report, options);
  },
  formatDocument(document, context) {
    return escapeLineSeparators(JSON.stringify({ $schema: REPORT_SCHEMA_ID, schemaVersion: context.schemaVersion, tool: context.tool, document: orderDocument(document) })) + '\n';
  },
  formatEnd() {
    return '';
  },
};
