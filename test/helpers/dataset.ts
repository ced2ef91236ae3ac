import { loadDataset } from '../../src/dataset/bundled';
import type { GovernanceRecord } from '../../src/domain';
import type { ReferenceData } from '../../src/shared/referenceData';
import { buildVocabulary, type Vocabulary } from '../../src/questions/vocabulary';

type Of<K extends GovernanceRecord['kind']> = Extract<GovernanceRecord, { kind: K }>;

/** The bundled dataset as reference data, without a store: for unit tests of reading and answering. */
export async function bundledReferenceData(): Promise<ReferenceData & { vocabulary: Vocabulary }> {
  const { records } = await loadDataset();
  const of = <K extends GovernanceRecord['kind']>(kind: K) =>
    records.filter((r): r is Of<K> => r.kind === kind);
  const parts = {
    organisations: of('organisation'),
    sources: of('source'),
    registers: of('register'),
    risks: of('risk'),
    roles: of('role'),
    people: of('person'),
    logs: of('actionLog'),
    meetings: of('meeting'),
    workplans: of('workplan'),
    minutes: of('minutes'),
    strategies: of('strategy'),
    papers: of('paper'),
    committeeReports: of('committeeReport'),
    performanceReports: of('performanceReport'),
    termsOfReference: of('termsOfReference'),
  };
  return { ...parts, vocabulary: buildVocabulary(parts) };
}
