/**
 * Generated from the sync server's OpenAPI document by `npm run generate:api`.
 * Never edit by hand: change the routes' zod-openapi descriptions and regenerate.
 */

export interface paths {
    "/api/v1/auth/codes/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a new one-time code (once a minute, 5 an hour at most); answers the same whether or not the login exists or a code was sent */
        post: operations["postAuthCodesResend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a phone or an e-mail with its one-time code */
        post: operations["postAuthConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to change the phone or e-mail: a code goes to the new one (once a minute, 5 an hour). A contact another account holds gets a notice instead, and the answer is the same */
        post: operations["postAuthContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/contact/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make the new phone or e-mail the account's own with the code sent to it; every failure answers 422 code-invalid */
        post: operations["postAuthContactConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password (the current one is asked for; 10 wrong ones in 15 minutes, then 429); every other session of the account ends */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password-reset code (answers the same whether or not the login exists) */
        post: operations["postAuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the reset code; signs out every session */
        post: operations["postAuthPasswordResetConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the password and send a one-time sign-in code; a simplified child account (login) gets its session at once */
        post: operations["postAuthSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish signing in with the one-time code; returns a session token */
        post: operations["postAuthSignInVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: operations["postAuthSignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A parent signs up; codes go to the phone and the e-mail. A contact that already has an account is sent a notice instead, and the answer is the same */
        post: operations["postAuthSignUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bytes of an accepted scan, for its family (or an operator, when it is on the desk) */
        get: operations["getDocumentsByIdContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/family/children/{childId}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A parent sees the child's account: its login or e-mail and whether the parent made it */
        get: operations["getFamilyChildrenByChildIdAccount"];
        put?: never;
        /** A parent creates a simplified account for a child under 14 */
        post: operations["postFamilyChildrenByChildIdAccount"];
        /** A parent deletes the child's simplified account: it can no longer sign in; the card and its documents stay */
        delete: operations["deleteFamilyChildrenByChildIdAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/family/children/{childId}/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A parent gives the child's simplified account a new password (typed, or made by the server and shown once); the child's sessions end */
        post: operations["postFamilyChildrenByChildIdAccountPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/family/children/{childId}/unlink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The child's account leaves the family; no data is deleted */
        post: operations["postFamilyChildrenByChildIdUnlink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/family/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a second parent by phone or e-mail (3 a day to one contact, 10 a day from one family) */
        post: operations["postFamilyInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/family/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join the inviting family with the invitation code */
        post: operations["postFamilyInvitationsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/family/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A parent leaves the family while another parent remains */
        post: operations["postFamilyLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/family/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A child of 14 or older joins the parent's family with the linking code */
        post: operations["postFamilyLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/family/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The caller's own choices of how to hear of the family's applications outside the app: SMS, e-mail, which events, quiet hours (Moscow time) */
        put: operations["putFamilyNotificationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/family/schedule/{clinicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A polyclinic's doctors and their free 20-minute slots for the next 14 days (Moscow time); the phone caches it to book offline, and the server holds the chosen slot when the send arrives */
        get: operations["getFamilyScheduleByClinicId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["getOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sent applications of every family, newest arrival first, a page at a time (`limit`, then `after` = the last page's `next`); drafts never */
        get: operations["getOperatorApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application with its child's card and its documents */
        get: operations["getOperatorApplicationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, reject with a reason, or ask for more (only while in review) */
        post: operations["postOperatorApplicationsByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operator/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live updates of the desk: `ready`, then `changed` when any family's applications or scans move */
        get: operations["getOperatorStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/{collection}/pull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documents changed after a checkpoint, in server order */
        get: operations["getSyncByCollectionPull"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/{collection}/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply a device's changes; answers the master state of every conflicting row */
        post: operations["postSyncByCollectionPush"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live events: `resync` on connect, then the new checkpoint of each collection that moved */
        get: operations["getSyncStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a resumable upload (tus creation) of a pushed `documents` record */
        post: operations["postUploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads/{uploadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Terminate an unfinished upload; its record goes back to `queued` */
        delete: operations["deleteUploadsByUploadId"];
        options?: never;
        /** How many bytes the server holds (`Upload-Offset`) */
        head: operations["headUploadsByUploadId"];
        /** Send bytes from `Upload-Offset`; the last byte settles the record */
        patch: operations["patchUploadsByUploadId"];
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up (it answers without touching the store) */
        get: operations["getHealthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store answers and the change feed runs: send traffic here */
        get: operations["getReadyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApiError: {
            error: {
                /** @enum {string} */
                code: "required" | "invalid-value" | "too-long" | "name-latin-letters" | "name-invalid-characters" | "name-too-long" | "snils-format" | "snils-checksum" | "inn-format" | "inn-checksum" | "phone-format" | "email-format" | "password-too-short" | "password-too-weak" | "password-too-common" | "password-is-login" | "date-format" | "date-not-real" | "date-in-future" | "date-too-old" | "birth-after-certificate-issue" | "certificate-series-format" | "certificate-number-format" | "country-code-format" | "oms-format" | "postcode-format" | "consent-required" | "certificate-duplicate" | "registry-not-found" | "registry-name-mismatch" | "registry-birth-date-mismatch" | "registry-snils-mismatch" | "parent-not-on-certificate" | "guardianship-document-required" | "bad-request" | "malformed-json" | "validation-failed" | "unauthorized" | "session-expired" | "forbidden" | "not-found" | "unknown-collection" | "conflict" | "payload-too-large" | "rate-limited" | "record-quota" | "code-invalid" | "code-expired" | "code-locked" | "code-resend-too-soon" | "code-not-requested" | "account-exists" | "invalid-credentials" | "contact-not-confirmed" | "upgrade-required" | "unsupported-media-type" | "internal-error" | "delivery-failed" | "illegal-transition" | "login-format" | "child-not-verified" | "child-too-old" | "child-has-no-account" | "link-code-invalid" | "link-code-expired" | "link-certificate-mismatch" | "link-locked" | "link-code-not-requested" | "link-code-pending" | "link-code-replaced" | "child-account-own" | "family-not-empty" | "family-last-parent" | "already-in-family" | "bik-format" | "bank-account-format" | "bank-account-key" | "number-format" | "number-not-integer" | "number-too-small" | "number-too-large" | "money-format" | "too-many-items" | "too-few-items" | "duplicate-choice" | "date-in-past" | "service-child-too-young" | "service-child-too-old" | "account-not-confirmed" | "unknown-service" | "file-type-unsupported" | "file-too-large" | "file-size-mismatch" | "file-hash-mismatch" | "file-unreadable" | "file-image-too-small" | "file-duplicate" | "upload-not-found" | "passport-series-format" | "passport-number-format" | "passport-department-code-format" | "registry-passport-not-found" | "registry-passport-mismatch" | "identity-scan-missing" | "identity-scan-not-accepted" | "document-missing" | "document-not-accepted" | "application-not-open" | "operator-only" | "payload-too-deep" | "quota-exceeded" | "tus-version-unsupported" | "file-image-too-large" | "file-trailing-data" | "invitation-pending";
                fields?: {
                    code: string;
                    field: string;
                    message: string;
                    messageEn: string;
                    params?: {
                        [key: string]: string | number;
                    };
                }[];
                message: string;
                messageEn: string;
                params?: {
                    [key: string]: string | number;
                };
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postAuthCodesResend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A phone number or an e-mail */
                    login: string;
                    /** @enum {string} */
                    purpose: "confirm-phone" | "confirm-email" | "sign-in" | "password-reset";
                };
            };
        };
        responses: {
            /** @description A code is on its way if the request was valid */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postAuthConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "phone" | "email";
                    code: string;
                    /** @description A phone number or an e-mail */
                    login: string;
                };
            };
        };
        responses: {
            /** @description Confirmed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        childId: string | null;
                        email: string | null;
                        emailConfirmed: boolean;
                        familyId: string;
                        givenName: string;
                        id: string;
                        login: string | null;
                        patronymic: string | null;
                        phone: string | null;
                        phoneConfirmed: boolean;
                        /** @enum {string} */
                        role: "parent" | "child" | "operator";
                        surname: string;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postAuthContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "phone";
                    /**
                     * @description A Russian number: `+7` and 10 digits (`8 912 345-67-89` and the like are read too)
                     * @example +79123456789
                     */
                    value: string;
                } | {
                    /** @enum {string} */
                    channel: "email";
                    /** Format: email */
                    value: string;
                };
            };
        };
        responses: {
            /** @description A code is on its way if the contact can be taken */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postAuthContactConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "phone";
                    code: string;
                    /**
                     * @description A Russian number: `+7` and 10 digits (`8 912 345-67-89` and the like are read too)
                     * @example +79123456789
                     */
                    value: string;
                } | {
                    /** @enum {string} */
                    channel: "email";
                    code: string;
                    /** Format: email */
                    value: string;
                };
            };
        };
        responses: {
            /** @description The account with its new contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        childId: string | null;
                        email: string | null;
                        emailConfirmed: boolean;
                        familyId: string;
                        givenName: string;
                        id: string;
                        login: string | null;
                        patronymic: string | null;
                        phone: string | null;
                        phoneConfirmed: boolean;
                        /** @enum {string} */
                        role: "parent" | "child" | "operator";
                        surname: string;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        childId: string | null;
                        email: string | null;
                        emailConfirmed: boolean;
                        familyId: string;
                        givenName: string;
                        id: string;
                        login: string | null;
                        patronymic: string | null;
                        phone: string | null;
                        phoneConfirmed: boolean;
                        /** @enum {string} */
                        role: "parent" | "child" | "operator";
                        surname: string;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    /**
                     * Format: password
                     * @description 10–128 characters of any letters; not one of the commonest passwords, not the login
                     */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Password changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A phone number or an e-mail */
                    login: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postAuthPasswordResetConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** @description A phone number or an e-mail */
                    login: string;
                    /**
                     * Format: password
                     * @description 10–128 characters of any letters; not one of the commonest passwords, not the login
                     */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Password changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postAuthSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A phone number, an e-mail, or a child account’s login */
                    login: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Code sent, or signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "sms" | "email";
                        destination: string;
                        expiresAt: string;
                    } | {
                        account: {
                            childId: string | null;
                            email: string | null;
                            emailConfirmed: boolean;
                            familyId: string;
                            givenName: string;
                            id: string;
                            login: string | null;
                            patronymic: string | null;
                            phone: string | null;
                            phoneConfirmed: boolean;
                            /** @enum {string} */
                            role: "parent" | "child" | "operator";
                            surname: string;
                        };
                        expiresAt: string;
                        token: string;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `contact-not-confirmed`: the password is right but no contact is confirmed to send the code to */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postAuthSignInVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** @description A phone number or an e-mail */
                    login: string;
                };
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            childId: string | null;
                            email: string | null;
                            emailConfirmed: boolean;
                            familyId: string;
                            givenName: string;
                            id: string;
                            login: string | null;
                            patronymic: string | null;
                            phone: string | null;
                            phoneConfirmed: boolean;
                            /** @enum {string} */
                            role: "parent" | "child" | "operator";
                            surname: string;
                        };
                        expiresAt: string;
                        token: string;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postAuthSignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postAuthSignUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    givenName: string;
                    /**
                     * Format: password
                     * @description 10–128 characters of any letters; not one of the commonest passwords, not the login
                     */
                    password: string;
                    patronymic?: "" | string;
                    /**
                     * @description A Russian number: `+7` and 10 digits (`8 912 345-67-89` and the like are read too)
                     * @example +79123456789
                     */
                    phone: string;
                    /**
                     * @default parent
                     * @enum {string}
                     */
                    role?: "parent" | "child";
                    surname: string;
                };
            };
        };
        responses: {
            /** @description Accepted: confirm the contacts with the codes sent to them */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                        confirm: ("phone" | "email")[];
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getDocumentsByIdContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No accepted scan with this id that the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getFamilyChildrenByChildIdAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The child's account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        createdAt: string;
                        email: string | null;
                        emailConfirmed: boolean;
                        /** @enum {string} */
                        kind: "simplified" | "own";
                        login: string | null;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: only a parent may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `not-found`: no such child card in your family; `child-has-no-account`: the card has no account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postFamilyChildrenByChildIdAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    login: string;
                    /**
                     * Format: password
                     * @description 10–128 characters of any letters; not one of the commonest passwords, not the login
                     */
                    password: string;
                } | {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Account created and linked */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountId: string;
                        email: string | null;
                        login: string | null;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: only a parent may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `not-found`: no such child card in your family */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `account-exists`: the child or the login already has an account */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `delivery-failed`: the SMS or e-mail could not be sent; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteFamilyChildrenByChildIdAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: only a parent may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `not-found`: no such child card in your family; `child-has-no-account`: the card has no account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `child-account-own`: a teenager's own account is theirs */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postFamilyChildrenByChildIdAccountPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: password
                     * @description 10–128 characters of any letters; not one of the commonest passwords, not the login
                     */
                    password?: string;
                };
            };
        };
        responses: {
            /** @description The password is changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        password: string | null;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: only a parent may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `not-found`: no such child card in your family; `child-has-no-account`: the card has no account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `child-account-own`: a teenager's own account is theirs */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postFamilyChildrenByChildIdUnlink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                childId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: only a parent may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `not-found`: no such child card in your family */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postFamilyInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A phone number or an e-mail */
                    login: string;
                };
            };
        };
        responses: {
            /** @description An invitation code is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: only a parent may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Another family's invitation to this contact is still pending */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `delivery-failed`: the SMS or e-mail could not be sent; retry */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postFamilyInvitationsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Joined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        familyId: string;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: only a parent may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `already-in-family` or `family-not-empty` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `code-locked` until `params.until` (an ISO instant) after too many wrong codes */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postFamilyLeave: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Left */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: only a parent may do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `family-last-parent`: the only parent cannot leave */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postFamilyLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    number: string;
                    series: string;
                };
            };
        };
        responses: {
            /** @description Linked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        childId: string;
                        familyId: string;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: only a child account may link */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `already-in-family` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `link-locked` until `params.until` (an ISO instant) after too many wrong codes */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    putFamilyNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: boolean;
                    events: ("status" | "decision")[];
                    quiet: {
                        from: number;
                        to: number;
                    } | null;
                    sms: boolean;
                };
            };
        };
        responses: {
            /** @description Saved; every device of the family sees them on its member document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        settings: {
                            email: boolean;
                            events: ("status" | "decision")[];
                            quiet: {
                                from: number;
                                to: number;
                            } | null;
                            sms: boolean;
                        };
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: operators have no family */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `not-found`: the account has no member document yet; retry */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getFamilyScheduleByClinicId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clinicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Free slots per doctor, as of `readAt` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clinicId: string;
                        days: string[];
                        doctors: {
                            doctorId: string;
                            free: string[];
                        }[];
                        readAt: string;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: operators have no family */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `not-found`: no such polyclinic */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document of every route this server serves */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getOperatorApplications: {
        parameters: {
            query?: {
                after?: string;
                limit?: number;
                serviceId?: string;
                status?: "draft" | "submitted" | "in_review" | "needs_info" | "resubmitted" | "approved" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applications: {
                            child: {
                                birthDate: string;
                                givenName: string;
                                patronymic?: string;
                                surname: string;
                            } | null;
                            expectedDecisionDate: string | null;
                            id: string;
                            receivedAt: string | null;
                            requestNumber: string | null;
                            serviceId: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "needs_info" | "resubmitted" | "approved" | "rejected" | "withdrawn";
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not an operator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                        };
                    };
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getOperatorApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicant: {
                            confirmed: boolean;
                            givenName: string;
                            patronymic: string | null;
                            surname: string;
                        } | null;
                        application: {
                            _deleted?: boolean;
                            familyId?: string;
                            id: string;
                            serverSeq?: number;
                        } & {
                            [key: string]: unknown;
                        };
                        child: {
                            birthCertificate: {
                                [key: string]: unknown;
                            } | null;
                            birthDate: string;
                            givenName: string;
                            patronymic?: string;
                            surname: string;
                        } | null;
                        documents: ({
                            _deleted?: boolean;
                            familyId?: string;
                            id: string;
                            serverSeq?: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not an operator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                        };
                    };
                };
            };
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                        };
                    };
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postOperatorApplicationsByIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "approve";
                    result?: {
                        amountRub?: number;
                        bring?: string;
                        byDate?: string;
                        documentNumber?: string;
                        place?: string;
                        referral?: string;
                        startDate?: string;
                    };
                } | {
                    /** @enum {string} */
                    action: "reject";
                    correctable?: {
                        documentKinds: ("birth-certificate" | "parent-passport" | "oms-policy" | "snils" | "proof-of-address" | "income-statement" | "medical-record" | "school-certificate" | "guardianship" | "other")[];
                        fields: string[];
                    };
                    reason: string;
                } | {
                    /** @enum {string} */
                    action: "request-info";
                    /** @default [] */
                    documentKinds?: ("birth-certificate" | "parent-passport" | "oms-policy" | "snils" | "proof-of-address" | "income-statement" | "medical-record" | "school-certificate" | "guardianship" | "other")[];
                    /** @default [] */
                    fields?: string[];
                    question: string;
                };
            };
        };
        responses: {
            /** @description The decided application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        application: {
                            _deleted?: boolean;
                            familyId?: string;
                            id: string;
                            serverSeq?: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not an operator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                        };
                    };
                };
            };
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                        };
                    };
                };
            };
            /** @description Not in review */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                        };
                    };
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getOperatorStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless `text/event-stream`: `{"type":"ready"}` on connect, then `{"type":"changed"}`; a comment line every 25 s keeps it open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not an operator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                        };
                    };
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getSyncByCollectionPull: {
        parameters: {
            query?: {
                after?: number | null;
                limit?: number;
            };
            header?: {
                /** @description The replication protocol the client speaks; anything but 1 is refused with 426 */
                "x-rodnik-protocol"?: "1";
            };
            path: {
                collection: "children" | "documents" | "applications" | "links" | "notifications" | "members" | "diary";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents and the next checkpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkpoint: {
                            seq: number;
                        };
                        documents: ({
                            _deleted?: boolean;
                            familyId?: string;
                            id: string;
                            serverSeq?: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: an operator belongs to no family and reads no family data */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `upgrade-required`: the client speaks another protocol (`params.version` is the server’s): update the app */
            426: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postSyncByCollectionPush: {
        parameters: {
            query?: never;
            header?: {
                /** @description The replication protocol the client speaks; anything but 1 is refused with 426 */
                "x-rodnik-protocol"?: "1";
            };
            path: {
                collection: "children" | "documents" | "applications" | "links" | "notifications" | "members" | "diary";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assumedMasterState?: ({
                        _deleted?: boolean;
                        familyId?: string;
                        id: string;
                        serverSeq?: number;
                    } & {
                        [key: string]: unknown;
                    }) | null;
                    newDocumentState: {
                        _deleted?: boolean;
                        familyId?: string;
                        id: string;
                        serverSeq?: number;
                    } & {
                        [key: string]: unknown;
                    };
                }[];
            };
        };
        responses: {
            /** @description Conflicting master states (empty when all applied) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        _deleted?: boolean;
                        familyId?: string;
                        id: string;
                        serverSeq?: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description Malformed request: `malformed-json` (the body is not JSON), `payload-too-deep` (it nests deeper than `params.max`, 16), `bad-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: a row this account may not write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `payload-too-large`: the body is over `params.max` of `params.unit` (1 MiB for a sync push, 64 KiB otherwise) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `validation-failed`: `fields` names each field, its own code and the fix; a route may answer a code of its own (`code-invalid`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `upgrade-required`: the client speaks another protocol (`params.version` is the server’s): update the app */
            426: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `rate-limited`: too many requests; `params.retryAfter` and the `Retry-After` header say how many seconds to wait */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getSyncStream: {
        parameters: {
            query?: never;
            header?: {
                /** @description The replication protocol the client speaks; anything but 1 is refused with 426 */
                "x-rodnik-protocol"?: "1";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless `text/event-stream`. Each event is named by its `type`; its `data` is JSON: `{"type":"resync"}` (pull everything since your checkpoints) or `{"type":"checkpoint","collection":"children","checkpoint":{"seq":42}}` (that collection moved: pull it). A comment line every 25 s keeps the connection open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description `unauthorized` (no valid session), `session-expired` (sign in again); a route may word its own (sign-in: `invalid-credentials`) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: an operator belongs to no family */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `upgrade-required`: the client speaks another protocol (`params.version` is the server’s): update the app */
            426: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now (PostgreSQL went away): retry later; `/readyz` says when it is back */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postUploads: {
        parameters: {
            query?: never;
            header: {
                /** @description tus protocol version */
                "tus-resumable": "1.0.0";
                /** @description The record's declared size, bytes */
                "upload-length": string;
                /** @description tus metadata: `documentId` (the record id) and `filename`, base64 */
                "upload-metadata": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created; `Location` (relative) is the upload URL */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `file-size-mismatch`: Upload-Length differs from the record */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: an operator; uploads are the family's (operators read scans on the desk) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No such record of yours on the server (yet): retry later */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The record is already accepted or rejected: done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `tus-version-unsupported`: `Tus-Version` says 1.0.0 */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `file-too-large`: over 5 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now, so the session cannot be read: retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteUploadsByUploadId: {
        parameters: {
            query?: never;
            header: {
                /** @description tus protocol version */
                "tus-resumable": "1.0.0";
            };
            path: {
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Terminated: the staged bytes are gone, the record is `queued` */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: an operator; uploads are the family's (operators read scans on the desk) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `upload-not-found`: not yours or expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `conflict`: every byte had arrived and the scan is settled (`params.status`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `tus-version-unsupported`: `Tus-Version` says 1.0.0 */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `internal-error`: the store is unreachable for now, so the session cannot be read: retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    headUploadsByUploadId: {
        parameters: {
            query?: never;
            header: {
                /** @description tus protocol version */
                "tus-resumable": "1.0.0";
            };
            path: {
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `Upload-Offset` and `Upload-Length` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An operator: uploads are the family's */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not yours, expired, or already settled: start a new upload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unsupported `Tus-Resumable`: `Tus-Version` says 1.0.0 */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `internal-error`: the store is unreachable for now, so the session cannot be read: retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    patchUploadsByUploadId: {
        parameters: {
            query?: never;
            header: {
                /** @description tus protocol version */
                "tus-resumable": "1.0.0";
                "upload-offset": string;
            };
            path: {
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/offset+octet-stream": string;
            };
        };
        responses: {
            /** @description Stored; the new `Upload-Offset`. After the last byte the record is accepted or rejected */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `forbidden`: an operator; uploads are the family's (operators read scans on the desk) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `upload-not-found`: not yours, expired, or already settled */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `Upload-Offset` is not the offset the server holds: ask with HEAD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `tus-version-unsupported`: `Tus-Version` says 1.0.0 */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description `unsupported-media-type`: not `application/offset+octet-stream` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The last byte arrived but the scan could not be checked yet: resend it later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getHealthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    getReadyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
            /** @description The store does not answer (PostgreSQL went away, or its change feed is down): not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "unavailable";
                    };
                };
            };
        };
    };
}
