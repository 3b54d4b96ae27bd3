import { type ListDefaults, listPage } from "../lists/list-page.js";
import type { Call, Handler } from "../router/handler.js";
import { responseSchema } from "../schemas/operation-schemas.js";
import { unwrap } from "../schemas/schema-node.js";
import { notFound } from "../wire/api-error.js";
import { jsonReply } from "../wire/reply.js";
import { collection, type Item } from "./collection.js";

type View<P = any> = (item: Item, call: Call<P>) => unknown;

export interface ResourceSpec {
  /** What errors call one object: "project", "group user". */
  label: string;
  /** The path parameter that names one object. */
  idParam: string;
  /** The id of a new object; `(call) => call.body.user_id` for objects that link existing ones. */
  newId: (call: Call) => string;
  /** The enclosing resource: its id in the path scopes these objects, and must exist. */
  parent?: Resource | undefined;
  /** The creation time field the objects carry; null for none. Default `created_at`. */
  stamp?: string | null | undefined;
  list?: Partial<ListDefaults> | undefined;
  /** Objects a scope starts with (the organization's owner, predefined roles...). */
  seed?: ((call: Call) => Record<string, unknown>[]) | undefined;
}

/**
 * A collection of API objects and the handlers of its plain CRUD operations. Objects hold the
 * fields their family models; the router completes each answer to the operation's generated
 * response schema (the `object` literal, fields the emulator has no story for).
 */
export interface Resource {
  readonly spec: ResourceSpec;
  /** Where the objects of the call's scope are stored. */
  key(call: Call): string;
  /** The objects in the scope the call's path names, after checking its parents exist. */
  items(call: Call): Map<string, Item>;
  /** The object the call's path names (or `id`), else a 404 naming the path parameter. */
  find(call: Call, id?: string): Item;
  /** Stores a new object; `build` gives its fields from the checked request. */
  add(call: Call, fields: Record<string, unknown>): Item;
  create<P = any>(build: (call: Call<P>) => Record<string, unknown>, view?: View<P>): Handler;
  list<P = any>(options?: {
    filter?: (item: Item, call: Call<P>) => boolean;
    view?: View<P>;
  }): Handler;
  retrieve<P = any>(view?: View<P>): Handler;
  /** Default: the request's body fields replace the object's. */
  update<P = any>(apply?: (item: Item, call: Call<P>) => void, view?: View<P>): Handler;
  /** Default answer: `{ id, deleted: true }`. */
  remove<P = any>(view?: View<P>): Handler;
  /** Runs `apply` on the object the path names; answers what it returns, else the object. */
  action<P = any>(apply: (item: Item, call: Call<P>) => unknown): Handler;
}

/** Some lists hand out their cursor as `next` instead of `last_id`. */
const pagesByNext = (call: Call): boolean => {
  const schema = responseSchema(call.operation);
  return schema !== undefined && "next" in (unwrap(schema).entries ?? {});
};

const DEFAULTS: ListDefaults = { limit: 20, maxLimit: 100, order: "desc" };

/** The request's own fields: everything but the path parameters. */
export const bodyFields = (call: Call): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(call.body as Record<string, unknown>).filter(
      ([key, value]) => !(key in call.params) && value !== undefined,
    ),
  );

export const defineResource = (spec: ResourceSpec): Resource => {
  // A nested resource's key runs through its parents' keys and ids, so finding the parent
  // (a 404 when it is gone) comes first.
  const key = (call: Call): string =>
    spec.parent
      ? `${spec.parent.key(call)}/${spec.parent.find(call).id}/${spec.label}`
      : spec.label;
  const items = (call: Call) => {
    const at = key(call);
    const fresh = !call.state.stores.records.has(at);
    const map = collection(call.state, at);
    if (fresh && spec.seed) for (const fields of spec.seed(call)) add(call, fields, map);
    return map;
  };
  const find = (call: Call, id = call.params[spec.idParam]!) => {
    const item = items(call).get(id);
    if (!item) throw notFound(`No ${spec.label} found with id '${id}'.`, spec.idParam);
    return item;
  };
  const add = (call: Call, fields: Record<string, unknown>, into = items(call)): Item => {
    const stamp = spec.stamp === undefined ? "created_at" : spec.stamp;
    const item = {
      id: typeof fields.id === "string" ? fields.id : spec.newId(call),
      ...(stamp ? { [stamp]: call.state.clock.seconds() } : {}),
      ...fields,
    } as Item;
    into.set(item.id, item);
    return item;
  };
  const show = (view: View | undefined, item: Item, call: Call<any>) =>
    jsonReply(view ? view(item, call) : item);
  return {
    spec,
    key,
    items,
    find,
    add,
    create: (build, view) => (call) => show(view, add(call, build(call)), call),
    list:
      ({ filter, view } = {}) =>
      (call) => {
        const all = [...items(call).values()].filter((item) => !filter || filter(item, call));
        const page = listPage(all, call.query, { ...DEFAULTS, ...spec.list });
        return jsonReply({
          ...page,
          data: view ? page.data.map((item) => view(item, call)) : page.data,
          ...(pagesByNext(call) ? { next: page.has_more ? page.last_id : null } : {}),
        });
      },
    retrieve: (view) => (call) => show(view, find(call), call),
    update: (apply, view) => (call) => {
      const item = find(call);
      if (apply) apply(item, call);
      else Object.assign(item, bodyFields(call));
      return show(view, item, call);
    },
    remove: (view) => (call) => {
      const item = find(call);
      items(call).delete(item.id);
      return jsonReply(view ? view(item, call) : { id: item.id, deleted: true });
    },
    action: (apply) => (call) => {
      const item = find(call);
      return jsonReply(apply(item, call) ?? item);
    },
  };
};
