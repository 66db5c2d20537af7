export * from './decider/decider';
export * from './decider/domain-rule-violation';
export * from './decider/decider-specification';
export * from './pand/pand';
export * from './herinnering/herinnering-verstuurd';
export * from './decider/vreemde-events';
export * from './context/zaakcontext';
export * from './bron/bron';
