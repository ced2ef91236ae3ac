import AdmZip from 'adm-zip';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/**
 * The time stamp of every entry: fixed, so the same inputs give the same package bytes. Zip times
 * have no zone and adm-zip writes local time, so this is local midnight: 1 January 2025 everywhere.
 */
const ZIP_TIMESTAMP = new Date(2025, 0, 1);

/**
 * A zip archive of the entries (adm-zip), in the order given, at its root; names must be plain
 * relative paths.
 */
export function buildZip(entries: readonly ZipEntry[]): Buffer {
  const zip = new AdmZip({ noSort: true });
  const seen = new Set<string>();
  for (const { name, data } of entries) {
    if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..'))
      throw new Error(`bad zip entry name ${JSON.stringify(name)}`);
    if (seen.has(name)) throw new Error(`duplicate zip entry ${name}`);
    seen.add(name);
    zip.addFile(name, data).header.time = ZIP_TIMESTAMP;
  }
  return zip.toBuffer();
}

/** The entries of a zip archive, each checked against its CRC-32. */
export function readZip(zip: Buffer): ZipEntry[] {
  return new AdmZip(zip).getEntries().map((entry) => {
    try {
      return { name: entry.entryName, data: entry.getData() };
    } catch (e) {
      const reason = String(e instanceof Error ? e.message : e);
      throw new Error(
        /crc/i.test(reason)
          ? `zip entry ${entry.entryName} fails its CRC check`
          : `zip entry ${entry.entryName} cannot be read: ${reason}`,
      );
    }
  });
}
