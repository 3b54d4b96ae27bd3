import type {
  ActivateCertificatesParams,
  CreateCertificateParams,
  RetrieveCertificateParams,
} from "@oaikit/admin";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Item } from "../../records/collection.js";
import { defineResource } from "../../records/resource.js";
import type { Call } from "../../router/handler.js";
import { jsonReply } from "../../wire/reply.js";
import { audited } from "./audit-logs.js";
import { certificates, projects } from "./resources.js";

const YEAR = 365 * 86_400;

/** The certificates active in a project: their ids, nothing else. */
const projectActive = defineResource({
  label: "project certificate",
  idParam: "certificate_id",
  parent: projects,
  newId: () => "",
  stamp: null,
});

const listed = (certificate: Item, object: string, active: boolean) => ({
  id: certificate.id,
  object,
  name: certificate.name,
  created_at: certificate.created_at,
  active,
  certificate_details: {
    valid_at: certificate.certificate_details.valid_at,
    expires_at: certificate.certificate_details.expires_at,
  },
});

const shown = ({ content, ...certificate }: Item, withContent: boolean) => ({
  ...certificate,
  certificate_details: {
    ...certificate.certificate_details,
    ...(withContent ? { content } : {}),
  },
});

/** Turns certificates on or off, organization-wide or in the path's project. */
const toggle = (on: boolean, inProject: boolean) => (call: Call<ActivateCertificatesParams>) => {
  const active = inProject ? projectActive.items(call) : undefined;
  const data = call.body.certificate_ids.map((id) => {
    const certificate = certificates.find(call, id);
    if (active) {
      if (on) active.set(id, { id });
      else active.delete(id);
      return listed(certificate, "organization.project.certificate", on);
    }
    certificate.active = on;
    return listed(certificate, "organization.certificate", on);
  });
  const object = inProject
    ? "organization.project.certificate.activation"
    : "organization.certificate.activation";
  return jsonReply({ object: on ? object : object.replace("activation", "deactivation"), data });
};

export const certificatesHandlers = {
  createCertificate: audited(
    "certificate.created",
    certificates.create(
      ({ body, state }: Call<CreateCertificateParams>) => ({
        object: "certificate",
        name: body.name ?? null,
        active: false,
        content: body.certificate,
        certificate_details: {
          valid_at: state.clock.seconds(),
          expires_at: state.clock.seconds() + YEAR,
        },
      }),
      (certificate) => shown(certificate, false),
    ),
  ),
  listCertificates: certificates.list({
    view: (certificate) => listed(certificate, "organization.certificate", certificate.active),
  }),
  retrieveCertificate: certificates.retrieve(
    (certificate, { body }: Call<RetrieveCertificateParams>) =>
      shown(certificate, body.include?.includes("content") === true),
  ),
  updateCertificate: audited(
    "certificate.updated",
    certificates.update(undefined, (certificate) => shown(certificate, false)),
  ),
  deleteCertificate: audited(
    "certificate.deleted",
    certificates.remove((certificate) => ({ id: certificate.id, object: "certificate.deleted" })),
  ),
  activateCertificates: audited("certificates.activated", toggle(true, false)),
  deactivateCertificates: audited("certificates.deactivated", toggle(false, false)),

  listProjectCertificates: (call) => {
    const active = projectActive.items(call);
    const all = certificates.list({
      view: (certificate) =>
        listed(certificate, "organization.project.certificate", active.has(certificate.id)),
    });
    return all(call);
  },
  activateProjectCertificates: toggle(true, true),
  deactivateProjectCertificates: toggle(false, true),
} satisfies Partial<OperationHandlers>;
