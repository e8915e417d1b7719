import { z } from 'zod';
import { PassportRu } from './passport.ts';

/**
 * The passport as the member document holds it (`passport.*`), for checks whose
 * messages must name the passport's fields: «Серия паспорта», not «Серия».
 */
export const MemberPassport = z.object({ passport: PassportRu });
