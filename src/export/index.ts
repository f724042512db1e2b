export { CONTENT_TYPES, EXPORT_FORMATS, exportSubgraph, FILE_EXTENSIONS, parseExportFormat, type ExportFormat } from './formats.js';
export { DEFAULT_EXPORT_DEPTH, DEFAULT_EXPORT_LIMIT, selectForExport, type ExportSelection } from './select.js';
export { selectResultsForExport, type ExportResult } from './results.js';
