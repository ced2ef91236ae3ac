import { loadDataset } from '../src/dataset/bundled';
import { seedDataset } from '../src/dataset/seed';
import { silentLogger } from '../src/log';
import { createQuestions } from '../src/questions';
import { storeReferenceData } from '../src/shared/referenceData';
import type { Request } from '../src/shared/request';
import { MemoryStore } from '../src/store/memoryStore';
import { draw } from '../src/bot/outbox';
import { openReadModel } from '../src/shared/readModel';
import { cardJson } from '../src/bot/cardJson';
const QUESTIONS = ['What is BAF 1 score?','Which risks are above appetite?','Show the Group BAF heat map','My overdue actions','Actions due this month','Freedom to Speak Up actions','History of Well-Led FTSU 5','When is the next board meeting?','What did the board resolve at GTB/25/15?','Progress on our ambitions'];
async function main() {
  const store = new MemoryStore();
  await seedDataset(store, await loadDataset(), silentLogger);
  const opened = await openReadModel(store as any, { log: silentLogger } as any);
  const referenceData = opened.referenceData;
  const feature = createQuestions({ store: opened.store, referenceData });
  const people = (await referenceData.get()).people.filter(p=>p.aadObjectId).slice(0,28);
  const now = new Date();
  const req = (person: any, i: number): Request => ({ id: null, who: { teamsUserId: 'u', aadObjectId: person.aadObjectId, displayName: null, person, roleIds: person.roleIds, isSecretary: !!person.isBoardSecretary, isBoardMember: true }, where: { kind: 'personal', tenantId: 't', conversationId: 'c'+i, threadKey: 'c'+i, organisationId: null, conversation: null }, input: { kind: 'text', text: '' }, now });
  for (const q of QUESTIONS) {
    let tRead=0,tAns=0,tDraw=0,tJson=0,size=0; const N=280;
    for (let i=0;i<N;i++){ const r=req(people[i%people.length],i);
      let t=performance.now(); const question=await feature.read(r,q); tRead+=performance.now()-t;
      t=performance.now(); const view=await feature.answer(r,question,q); tAns+=performance.now()-t;
      t=performance.now(); const built=draw(view,{shared:false,boardMember:true}); tDraw+=performance.now()-t;
      t=performance.now(); size+=cardJson(built.card).length; tJson+=performance.now()-t; }
    console.log(q.padEnd(42), 'read', (tRead/N).toFixed(3), 'answer', (tAns/N).toFixed(3), 'draw', (tDraw/N).toFixed(3), 'json', (tJson/N).toFixed(3), 'KB', (size/N/1024).toFixed(1));
  }
}
void main();
