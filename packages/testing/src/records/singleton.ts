import type { Call, Handler } from "../router/handler.js";
import { notFound } from "../wire/api-error.js";
import { jsonReply } from "../wire/reply.js";
import { collection, type Item } from "./collection.js";
import { bodyFields, type Resource } from "./resource.js";

export interface SingletonSpec {
  /** What errors call it: "spend limit". */
  label: string;
  /** The resource it belongs to (a project); the organization's when absent. */
  parent?: Resource | undefined;
  /** Its state before any update; without it, it does not exist until first set. */
  initial?: ((call: Call) => Record<string, unknown>) | undefined;
}

/** One settings object per scope (a project's data retention, the organization's spend limit). */
export interface Singleton {
  get(call: Call): Item | undefined;
  retrieve(): Handler;
  /** Default: the request's body fields replace the object's. */
  update<P = any>(apply?: (item: Item, call: Call<P>) => void): Handler;
  /** Forgets any update; answers `{ deleted: true }`. */
  remove(): Handler;
}

const ID = "current";

export const defineSingleton = (spec: SingletonSpec): Singleton => {
  const store = (call: Call) =>
    collection(
      call.state,
      spec.parent
        ? `${spec.parent.key(call)}/${spec.parent.find(call).id}/${spec.label}`
        : spec.label,
    );
  const get = (call: Call): Item | undefined => {
    const items = store(call);
    if (!items.has(ID) && spec.initial) items.set(ID, { ...spec.initial(call), id: ID });
    return items.get(ID);
  };
  // The `id` key is the store's own; the API objects have none.
  const view = ({ id: _, ...fields }: Item) => fields;
  return {
    get,
    retrieve: () => (call) => {
      const item = get(call);
      if (!item) throw notFound(`No ${spec.label} is set.`);
      return jsonReply(view(item));
    },
    update: (apply) => (call) => {
      const item = get(call) ?? { id: ID };
      if (apply) apply(item, call);
      else Object.assign(item, bodyFields(call));
      store(call).set(ID, item);
      return jsonReply(view(item));
    },
    remove: () => (call) => {
      store(call).delete(ID);
      return jsonReply({ deleted: true });
    },
  };
};
