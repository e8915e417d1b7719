export {
  Actor,
  canTransition,
  defineMachine,
  isFinal,
  isState,
  nextStates,
  transition,
} from './machine.ts';
export type { Machine, StateOf, TransitionResult, TransitionRule } from './machine.ts';
export { ChildCardStatus, childCardDataOpen, childCardMachine } from './child-card.machine.ts';
export { identityDataOpen, identityMachine } from './identity.machine.ts';
export { ApplicationStatus, applicationMachine } from './application.machine.ts';
export { DocumentStatus, documentMachine } from './document.machine.ts';
export {
  MAX_STATUS_HISTORY,
  StatusHistoryEntry,
  statusHistoryField,
  withStatus,
} from './status-history.schema.ts';
export {
  FAMILY_EDITABLE_APPLICATION_STATUSES,
  FINAL_APPLICATION_STATUSES,
  OPEN_APPLICATION_STATUSES,
  familyMayDeleteApplication,
  familyMayEditApplication,
  familyMaySendApplication,
  isFinalApplication,
  isOpenApplication,
} from './application-rules.ts';
