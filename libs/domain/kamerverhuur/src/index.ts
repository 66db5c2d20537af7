/*
 * Kamerverhuur (issue 14): the pand register (register/), the kamerverhuurvergunning
 * (vergunning/) and the handhavingstraject per pand (traject/), each its own stream and decider;
 * their refusals share the rule prefix `kamerverhuur/` (regels/kamerverhuur-regels.ts).
 */
export * from './register/register.events';
export * from './register/register.commands';
export * from './register/register.state';
export * from './register/register.decider';
export * from './register/register.context';
export * from './register/register-overgangen';
export * from './register/register-op-datum';
export * from './vergunning';
export * from './traject';
