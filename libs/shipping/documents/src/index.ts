export { renderLabelPdf, LABEL_SIZE } from './lib/label-pdf';
export { renderPackingSlipPdf } from './lib/packing-slip-pdf';
export { toWinAnsi } from './lib/pdf-text';
export { formatWeight } from './lib/format';
export type {
  LabelDocument,
  LabelParcel,
  PackingSlipDocument,
  PackingSlipLine,
  PackingSlipOption,
  PartyAddress,
} from './lib/document-types';
