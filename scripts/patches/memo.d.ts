/** See memo.js: a bounded per-owner cache of `compute`. */
export declare function memoPer<Owner extends object, Value>(compute: (owner: Owner, key: string) => Value): (owner: Owner, key: string) => Value;
