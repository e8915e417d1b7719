import {
  API_BASE,
  API_VERSION,
  PROTOCOL_HEADER,
  COLLECTION_NAMES,
  type CollectionName,
} from '@rodnik/domain';
import type { DeviceSnapshot } from './device-fleet.ts';
import type { Doc } from './device.ts';
import { canonical, type FamilyDocs } from './oracle.ts';

const PAGE = 2_000;

/** Everything the server holds for a family, as its devices pull it (tombstones included). */
export async function pullFamily(base: string, token: string): Promise<FamilyDocs> {
  const docs: FamilyDocs = new Map();
  for (const collection of COLLECTION_NAMES) {
    const byId = new Map<string, Doc>();
    for (let after = 0; ;) {
      const response = await fetch(
        `${base}${API_BASE}/sync/${collection}/pull?after=${after}&limit=${PAGE}`,
        { headers: { authorization: `Bearer ${token}`, [PROTOCOL_HEADER]: String(API_VERSION) } },
      );
      if (!response.ok) throw new Error(`pull ${collection}: ${response.status}`);
      const page = (await response.json()) as { documents: Doc[]; checkpoint: { seq: number } };
      if (page.documents.length === 0) break;
      for (const doc of page.documents) byId.set(doc.id, doc);
      after = page.checkpoint.seq;
    }
    docs.set(collection, byId);
  }
  return docs;
}

/** The ids a snapshot must include even when a device holds them deleted. */
export function idsOf(server: Map<number, FamilyDocs>) {
  const ids: Record<number, Partial<Record<CollectionName, string[]>>> = {};
  for (const [family, docs] of server) {
    ids[family] = Object.fromEntries([...docs].map(([c, byId]) => [c, [...byId.keys()]]));
  }
  return ids;
}

export interface Divergence {
  device: string;
  collection: CollectionName;
  id: string;
  kind: 'missing' | 'extra' | 'differs';
  server?: Doc;
  local?: Doc;
}

/** Where a device's documents are not byte-equal to the server's (server-owned fields and `serverSeq` included). */
export function divergences(device: DeviceSnapshot, server: FamilyDocs): Divergence[] {
  const found: Divergence[] = [];
  for (const collection of COLLECTION_NAMES) {
    const master = server.get(collection) ?? new Map<string, Doc>();
    const local = new Map((device.docs[collection] ?? []).map((d) => [d.id, d]));
    const at = { device: device.name, collection };
    for (const [id, doc] of master) {
      const mine = local.get(id);
      if (!mine) {
        // A tombstone the device never held is as good as held.
        if (!doc['_deleted']) found.push({ ...at, id, kind: 'missing', server: doc });
      } else if (canonical(mine) !== canonical(doc)) {
        found.push({ ...at, id, kind: 'differs', server: doc, local: mine });
      }
    }
    for (const [id, doc] of local) {
      if (!master.has(id) && !doc['_deleted']) found.push({ ...at, id, kind: 'extra', local: doc });
    }
  }
  return found;
}

/** Records of another family on a device, or in a family's pull: a leak, whatever the reason. */
export function leaks(devices: DeviceSnapshot[], server: Map<number, FamilyDocs>): string[] {
  const found: string[] = [];
  const familyOfId = new Map<string, number>();
  for (const [family, docs] of server) {
    for (const byId of docs.values()) for (const id of byId.keys()) familyOfId.set(id, family);
  }
  const familyIdOf = new Map(devices.map((d) => [d.family, d.familyId]));
  for (const [family, docs] of server) {
    for (const byId of docs.values()) {
      for (const doc of byId.values()) {
        if (doc['familyId'] !== familyIdOf.get(family)) {
          found.push(`family ${family}'s pull holds ${doc.id} of ${String(doc['familyId'])}`);
        }
      }
    }
  }
  for (const device of devices) {
    for (const [collection, docs] of Object.entries(device.docs)) {
      for (const doc of docs ?? []) {
        const owner = familyOfId.get(doc.id);
        if (
          doc['familyId'] !== device.familyId ||
          (owner !== undefined && owner !== device.family)
        ) {
          found.push(`${device.name} holds ${collection}/${doc.id} of ${String(doc['familyId'])}`);
        }
      }
    }
  }
  return found;
}
