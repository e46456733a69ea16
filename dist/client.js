"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/@actions/http-client/lib/proxy.js
var require_proxy = __commonJS({
  "node_modules/@actions/http-client/lib/proxy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getProxyUrl = getProxyUrl2;
    exports2.checkBypass = checkBypass;
    function getProxyUrl2(reqUrl) {
      const usingSsl = reqUrl.protocol === "https:";
      if (checkBypass(reqUrl)) {
        return void 0;
      }
      const proxyVar = (() => {
        if (usingSsl) {
          return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
        } else {
          return process.env["http_proxy"] || process.env["HTTP_PROXY"];
        }
      })();
      if (proxyVar) {
        try {
          return new DecodedURL(proxyVar);
        } catch (_a) {
          if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
            return new DecodedURL(`http://${proxyVar}`);
        }
      } else {
        return void 0;
      }
    }
    function checkBypass(reqUrl) {
      if (!reqUrl.hostname) {
        return false;
      }
      const reqHost = reqUrl.hostname;
      if (isLoopbackAddress(reqHost)) {
        return true;
      }
      const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
      if (!noProxy) {
        return false;
      }
      let reqPort;
      if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
      } else if (reqUrl.protocol === "http:") {
        reqPort = 80;
      } else if (reqUrl.protocol === "https:") {
        reqPort = 443;
      }
      const upperReqHosts = [reqUrl.hostname.toUpperCase()];
      if (typeof reqPort === "number") {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
      }
      for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
        if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
          return true;
        }
      }
      return false;
    }
    function isLoopbackAddress(host) {
      const hostLower = host.toLowerCase();
      return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
    }
    var DecodedURL = class extends URL {
      constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
      }
      get username() {
        return this._decodedUsername;
      }
      get password() {
        return this._decodedPassword;
      }
    };
  }
});

// lazy-file:config-validation
var require_config_validation = __commonJS({
  "lazy-file:config-validation"(exports2, module2) {
    module2.exports = require("./config-validation.js");
  }
});

// lazy-file:proxy-fetch
var require_proxy_fetch = __commonJS({
  "lazy-file:proxy-fetch"(exports2, module2) {
    module2.exports = require("./proxy-fetch.js");
  }
});

// src/action/client.ts
var client_exports = {};
__export(client_exports, {
  client: () => client,
  octokitFor: () => octokitFor
});
module.exports = __toCommonJS(client_exports);
var import_proxy = __toESM(require_proxy(), 1);

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header2, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header2.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header2.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header2.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header2.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header2, type, index, len, stopFlags);
}
function parseParameters(header2, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header2.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header2.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header2.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header2.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header2.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header2.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header2, quotedStart, index) : header2.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header2.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header2.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header2.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders2 = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders2[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders2,
    data: ""
  };
  if ("deprecation" in responseHeaders2) {
    const matches = responseHeaders2.link && responseHeaders2.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders2.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION5 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION5;

// src/core/text/scan.ts
function trimEndOf(text, chars) {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

// src/github/from-github.ts
var isoTime = (value) => {
  const date = new Date(typeof value === "string" ? value : Number.NaN);
  return Number.isNaN(date.getTime()) ? (/* @__PURE__ */ new Date(0)).toISOString() : date.toISOString();
};
var toPerson = (user) => ({
  login: typeof user?.login === "string" ? user.login : "ghost",
  isBot: user?.type === "Bot"
});
function toIssueSnapshot(issue) {
  return {
    number: issue.number,
    ...typeof issue.id === "number" ? { id: issue.id } : {},
    title: issue.title ?? "",
    body: issue.body ?? "",
    url: issue.html_url ?? "",
    state: issue.state === "closed" ? "closed" : "open",
    stateReason: issue.state_reason ?? null,
    author: toPerson(issue.user),
    authorAssociation: issue.author_association ?? "NONE",
    createdAt: isoTime(issue.created_at),
    updatedAt: isoTime(issue.updated_at ?? issue.created_at),
    closedAt: issue.closed_at ? isoTime(issue.closed_at) : null,
    labels: (issue.labels ?? []).map((l) => typeof l === "string" ? l : l.name),
    assignees: (issue.assignees ?? []).map((a) => a.login),
    isPullRequest: issue.pull_request !== void 0 && issue.pull_request !== null,
    ...issue.type === void 0 ? {} : { type: typeof issue.type?.name === "string" ? issue.type.name : null }
  };
}
function shownOn(home, repository) {
  const name = typeof repository?.full_name === "string" ? repository.full_name.toLowerCase() : null;
  if (name !== null && name === `${home.owner}/${home.repo}`.toLowerCase()) return true;
  return repository?.private === false && repository?.visibility !== "internal";
}
function toTimelineEvent(item, home) {
  const at = isoTime(item.created_at ?? item.updated_at);
  const actor = toPerson(item.actor ?? item.user);
  switch (item.event) {
    case "labeled":
    case "unlabeled":
      return { kind: item.event, id: item.id, at, actor, label: item.label?.name ?? "" };
    case "issue_type_added":
    case "issue_type_changed":
    case "issue_type_removed": {
      const name = item.event === "issue_type_removed" ? null : item.issue_type?.name;
      return { kind: "issue-typed", id: item.id, at, actor, type: typeof name === "string" ? name : null };
    }
    case "commented":
      return {
        kind: "commented",
        id: item.id,
        at,
        actor: toPerson(item.user ?? item.actor),
        body: item.body ?? "",
        association: item.author_association ?? "NONE",
        url: item.html_url ?? "",
        plusOnes: Number(item.reactions?.["+1"] ?? 0) || 0
      };
    case "assigned":
    case "unassigned":
      return { kind: item.event, id: item.id, at, actor, assignee: item.assignee?.login ?? "ghost" };
    case "closed":
      return { kind: "closed", id: item.id, at, actor, reason: item.state_reason ?? "completed" };
    case "reopened":
      return { kind: "reopened", id: item.id, at, actor };
    case "renamed":
      return {
        kind: "renamed",
        id: item.id,
        at,
        actor,
        from: item.rename?.from ?? "",
        to: item.rename?.to ?? ""
      };
    case "cross-referenced": {
      const source = item.source?.issue;
      if (!source) return null;
      const isPullRequest = source.pull_request !== void 0 && source.pull_request !== null;
      if (!shownOn(home, source.repository)) {
        const hidden = {
          number: 0,
          title: "",
          url: "",
          isPullRequest,
          repository: "",
          hidden: true
        };
        return { kind: "cross-referenced", at, actor, source: hidden };
      }
      return {
        kind: "cross-referenced",
        at,
        actor,
        source: {
          number: source.number,
          title: source.title ?? "",
          url: source.html_url ?? "",
          isPullRequest,
          repository: source.repository?.full_name ?? "",
          body: source.body ?? ""
        }
      };
    }
    case "referenced":
      return {
        kind: "referenced",
        id: item.id,
        at,
        actor,
        commitId: item.commit_id ?? "",
        commitUrl: item.commit_url ?? ""
      };
    default:
      return null;
  }
}

// src/github/http-fetch.ts
var import_node_http = require("node:http");
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 20;
var https = () => process.getBuiltinModule("node:https");
var zlib = () => process.getBuiltinModule("node:zlib");
var httpAgent = new import_node_http.Agent({ keepAlive: true });
var httpsAgent;
function httpsAgentOnce() {
  httpsAgent ??= new (https()).Agent({ keepAlive: true });
  return httpsAgent;
}
function send(url, method, headers, body, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const secure = url.protocol === "https:";
    if (!secure && url.protocol !== "http:") return reject(new TypeError(`unsupported URL ${url.href}`));
    const outgoing = { ...headers };
    if (body !== void 0) outgoing["content-length"] = String(Buffer.byteLength(body));
    const options = { method, headers: outgoing };
    const req = secure ? https().request(url, { ...options, agent: httpsAgentOnce() }) : (0, import_node_http.request)(url, { ...options, agent: httpAgent });
    const onAbort = () => req.destroy(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    req.once("response", (res) => {
      signal?.removeEventListener("abort", onAbort);
      resolve(res);
    });
    req.once("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(signal?.aborted ? signal.reason : error);
    });
    req.end(body);
  });
}
function readBody(res, signal) {
  return new Promise((resolve, reject) => {
    const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
    const stream = encoding === "gzip" || encoding === "x-gzip" ? res.pipe(zlib().createGunzip()) : encoding === "deflate" ? res.pipe(zlib().createInflate()) : res;
    const chunks = [];
    const onAbort = () => {
      res.destroy();
      reject(signal?.reason);
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.once("end", () => {
      signal?.removeEventListener("abort", onAbort);
      resolve(Buffer.concat(chunks));
    });
    stream.once("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(error);
    });
    res.once("error", reject);
  });
}
function responseHeaders(res) {
  const entries = [];
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === void 0 || name === "set-cookie") continue;
    entries.push([name, Array.isArray(value) ? value.join(", ") : value]);
  }
  entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const map = new Map(entries);
  return {
    get: (name) => map.get(name.toLowerCase()) ?? null,
    [Symbol.iterator]: () => entries[Symbol.iterator]()
  };
}
async function httpFetch(input, init = {}) {
  const signal = init.signal ?? void 0;
  let url = new URL(String(input));
  let method = (init.method ?? "GET").toUpperCase();
  let body = init.body ?? void 0;
  const headers = { "accept-encoding": "gzip, deflate" };
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
  for (let hops = 0; ; hops++) {
    const res = await send(url, method, headers, body, signal);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (REDIRECTS.has(status) && location !== void 0 && init.redirect !== "manual") {
      res.resume();
      if (init.redirect === "error") throw new TypeError(`redirect to ${location} refused`);
      if (hops >= MAX_REDIRECTS) throw new TypeError(`more than ${MAX_REDIRECTS} redirects from ${input}`);
      const next = new URL(location, url);
      if (next.origin !== url.origin) delete headers.authorization;
      if (status === 303 || (status === 301 || status === 302) && method === "POST") {
        if (method !== "HEAD") method = "GET";
        body = void 0;
        delete headers["content-type"];
      }
      url = next;
      continue;
    }
    const empty = method === "HEAD" || status === 204 || status === 304 || res.headers["content-length"] === "0";
    if (empty) res.resume();
    const bytes = empty ? Buffer.alloc(0) : await readBody(res, signal);
    return {
      status,
      statusText: res.statusMessage ?? "",
      ok: status >= 200 && status < 300,
      url: url.href,
      redirected: hops > 0,
      headers: responseHeaders(res),
      body: null,
      text: async () => bytes.toString("utf8"),
      json: async () => JSON.parse(bytes.toString("utf8")),
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    };
  }
}

// src/github/identity.ts
function once(ask) {
  let known;
  return () => {
    known ??= ask().catch((error) => {
      known = void 0;
      throw error;
    });
    return known;
  };
}
function tokenIdentity(octokit) {
  return once(async () => {
    const { data } = await octokit.request("POST /graphql", { query: "query { viewer { login } }" });
    const login = data.data?.viewer?.login;
    if (typeof login !== "string" || login === "") throw new Error("GitHub did not say who the token is");
    return login;
  });
}

// src/github/request-hook.ts
function header(error, name) {
  const headers = error?.response?.headers;
  const value = headers?.[name];
  return value === void 0 || value === null ? void 0 : String(value);
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var isBudgeted = (options) => options?.request?.budgeted === true;

// src/github/light-retry.ts
function rateLimitWait(error, maxWaitSeconds, now = Date.now()) {
  if (error.status !== 403 && error.status !== 429) return null;
  if (header(error, "retry-after") !== void 0) return null;
  let seconds = null;
  const reset = Number(header(error, "x-ratelimit-reset"));
  if (header(error, "x-ratelimit-remaining") === "0" && Number.isFinite(reset)) {
    seconds = Math.max(0, Math.ceil(reset - now / 1e3)) + 1;
  } else if (/\bsecondary rate\b/i.test(String(error.message ?? ""))) seconds = 60;
  if (seconds === null) return null;
  return seconds > maxWaitSeconds ? Number.POSITIVE_INFINITY : seconds * 1e3;
}
function graphqlServerError(response) {
  const errors = response?.data?.errors;
  return /Something went wrong while executing your query/.test(String(errors?.[0]?.message ?? ""));
}
function lightRetry(octokit, options = {}) {
  const retries = options.retry?.retries ?? 3;
  const baseMs = options.retry?.baseMs ?? 1e3;
  const doNotRetry = options.retry?.doNotRetry ?? [400, 401, 403, 404, 410, 422, 451];
  const maxWait = options.retry?.maxWaitSeconds ?? 60;
  const spacing = options.retry?.writeIntervalMs ?? 0;
  let writes = Promise.resolve();
  octokit.hook.wrap("request", async (request2, requestOptions) => {
    const method = String(requestOptions.method ?? "GET").toUpperCase();
    const allowed = requestOptions.request?.retries ?? retries;
    let limited = 0;
    for (let attempt = 0; ; attempt++) {
      if (spacing > 0 && method !== "GET" && method !== "HEAD") {
        const turn = writes.then(() => sleep(spacing));
        writes = turn;
        await turn;
      }
      let failure;
      try {
        const response = await request2(requestOptions);
        if (!graphqlServerError(response)) return response;
        failure = { status: 500, message: "GraphQL: Something went wrong while executing your query" };
        if (attempt >= allowed) return response;
      } catch (error) {
        failure = error;
        const wait2 = rateLimitWait(failure, maxWait);
        if (wait2 !== null) {
          if (wait2 === Number.POSITIVE_INFINITY || limited++ >= 3) throw error;
          octokit.log?.warn(`${method} ${requestOptions.url}: rate limited, retrying in ${wait2 / 1e3} s`);
          await sleep(wait2);
          continue;
        }
        const status = typeof failure.status === "number" ? failure.status : 0;
        if (status < 400 || doNotRetry.includes(status) || attempt >= allowed) throw error;
      }
      const wait = (attempt + 1) ** 2 * baseMs;
      octokit.log?.warn(
        `${method} ${requestOptions.url}: ${String(failure.status)}, retrying in ${wait / 1e3} s`
      );
      await sleep(wait);
    }
  });
}

// node_modules/@probot/octokit-plugin-config/dist-src/version.js
var VERSION6 = "4.1.0";

// lazy-yaml:yaml
var yaml;
var load = () => yaml ??= require("./yaml.cjs");
var yaml_default = { parse: (...args) => load().parse(...args), stringify: (...args) => load().stringify(...args) };

// node_modules/@probot/octokit-plugin-config/dist-src/util/get-config-file.js
var SUPPORTED_FILE_EXTENSIONS = ["json", "yml", "yaml"];
async function getConfigFile(octokit, { owner, repo, path, ref }) {
  const fileExtension = path.split(".").pop().toLowerCase();
  if (!SUPPORTED_FILE_EXTENSIONS.includes(fileExtension)) {
    throw new Error(
      `[@probot/octokit-plugin-config] .${fileExtension} extension is not support for configuration (path: "${path}")`
    );
  }
  const endpoint2 = {
    method: "GET",
    url: "/repos/{owner}/{repo}/contents/{path}",
    owner,
    repo,
    path,
    mediaType: {
      format: "raw"
    },
    // this can be just `ref` once https://github.com/octokit/endpoint.js/issues/206 is resolved
    ...ref ? { ref } : {}
  };
  const { url } = octokit.request.endpoint(endpoint2);
  const emptyConfigResult = {
    owner,
    repo,
    path,
    url,
    config: null
  };
  let data, headers;
  try {
    const response = await octokit.request(endpoint2);
    data = response.data;
    headers = response.headers;
  } catch (error) {
    if (error.status === 404) {
      return emptyConfigResult;
    }
    throw error;
  }
  if (headers["content-type"] === "application/json; charset=utf-8") {
    throw new Error(
      `[@probot/octokit-plugin-config] ${url} exists, but is either a directory or a submodule. Ignoring.`
    );
  }
  if (fileExtension === "json") {
    if (typeof data === "string") {
      throw new Error(
        `[@probot/octokit-plugin-config] Configuration could not be parsed from ${url} (invalid JSON)`
      );
    }
    return {
      ...emptyConfigResult,
      config: data
    };
  }
  let config2;
  try {
    config2 = yaml_default.parse(data, { logLevel: "error" }) || {};
  } catch (error) {
    throw new Error(
      `[@probot/octokit-plugin-config] Configuration could not be parsed from ${url} (invalid YAML)`,
      { cause: error }
    );
  }
  if (typeof config2 === "string") {
    throw new Error(
      `[@probot/octokit-plugin-config] Configuration could not be parsed from ${url} (YAML is not an object)`
    );
  }
  return {
    ...emptyConfigResult,
    config: config2
  };
}

// node_modules/@probot/octokit-plugin-config/dist-src/util/extends-to-get-content-params.js
var EXTENDS_REGEX = new RegExp(
  "^(?:([a-z\\d](?:[a-z\\d]|-(?=[a-z\\d])){0,38})/)?([-_.\\w\\d]+)(?::([-_./\\w\\d]+\\.ya?ml))?$",
  "i"
);
function extendsToGetContentParams({
  owner,
  path,
  url,
  extendsValue
}) {
  if (typeof extendsValue !== "string") {
    throw new Error(
      `[@probot/octokit-plugin-config] Invalid value ${JSON.stringify(
        extendsValue
      )} for _extends in ${url}`
    );
  }
  const match = extendsValue.match(EXTENDS_REGEX);
  if (match === null) {
    throw new Error(
      `[@probot/octokit-plugin-config] Invalid value "${extendsValue}" for _extends in ${url}`
    );
  }
  return {
    owner: match[1] || owner,
    repo: match[2],
    path: match[3] || path
  };
}

// node_modules/@probot/octokit-plugin-config/dist-src/util/get-config-files.js
async function getConfigFiles(octokit, { owner, repo, path, branch }) {
  const requestedRepoFile = await getConfigFile(octokit, {
    owner,
    repo,
    path,
    ref: branch
  });
  const files = [requestedRepoFile];
  if (!requestedRepoFile.config) {
    if (repo === ".github") {
      return files;
    }
    const defaultRepoConfig = await getConfigFile(octokit, {
      owner,
      repo: ".github",
      path
    });
    files.push(defaultRepoConfig);
  }
  const file = files[files.length - 1];
  if (!file.config || !file.config._extends) {
    return files;
  }
  let extendConfigOptions = extendsToGetContentParams({
    owner,
    path,
    url: file.url,
    extendsValue: file.config._extends
  });
  delete file.config._extends;
  do {
    const extendRepoConfig = await getConfigFile(octokit, extendConfigOptions);
    files.push(extendRepoConfig);
    if (!extendRepoConfig.config || !extendRepoConfig.config._extends) {
      return files;
    }
    extendConfigOptions = extendsToGetContentParams({
      owner,
      path,
      url: extendRepoConfig.url,
      extendsValue: extendRepoConfig.config._extends
    });
    delete extendRepoConfig.config._extends;
    const alreadyLoaded = files.find(
      (file2) => file2.owner === extendConfigOptions.owner && file2.repo === extendConfigOptions.repo && file2.path === extendConfigOptions.path
    );
    if (alreadyLoaded) {
      throw new Error(
        `[@probot/octokit-plugin-config] Recursion detected. Ignoring  "_extends: ${extendRepoConfig.config._extends}" from ${extendRepoConfig.url} because ${alreadyLoaded.url} was already loaded.`
      );
    }
  } while (true);
}

// node_modules/@probot/octokit-plugin-config/dist-src/compose-config-get.js
async function composeConfigGet(octokit, { owner, repo, defaults, path, branch }) {
  const files = await getConfigFiles(octokit, {
    owner,
    repo,
    path,
    branch
  });
  const configs = files.map((file) => file.config).reverse().filter(Boolean);
  return {
    files,
    config: typeof defaults === "function" ? defaults(configs) : Object.assign({}, defaults, ...configs)
  };
}

// node_modules/@probot/octokit-plugin-config/dist-src/index.js
function config(octokit) {
  return {
    config: {
      async get(options) {
        return composeConfigGet(octokit, options);
      }
    }
  };
}
config.VERSION = VERSION6;

// src/core/config/default-config.generated.ts
function builtInConfig() {
  return {
    severities: [
      {
        id: "SEV1",
        label: "SEV1",
        rank: 1,
        description: "Critical: the service is down or data is being lost for many customers.",
        responseMode: "All hands: incident work beats every other task until mitigated.",
        updateCadenceMinutes: 30,
        notify: [],
        requiredRoles: [
          "commander",
          "comms",
          "scribe"
        ],
        postmortem: true,
        flow: [
          {
            id: "commander",
            title: "Commander assigned",
            auto: "role:commander"
          },
          {
            id: "severity",
            title: "Severity confirmed by the decider",
            auto: "severity-confirmed"
          },
          {
            id: "customers",
            title: "Customers informed"
          },
          {
            id: "mitigated",
            title: "Impact mitigated",
            auto: "status:mitigated"
          },
          {
            id: "cause",
            title: "Cause identified",
            auto: "status:identified"
          },
          {
            id: "resolved",
            title: "Resolved",
            auto: "status:resolved"
          },
          {
            id: "postmortem",
            title: "Postmortem opened",
            auto: "postmortem"
          }
        ],
        color: "b60205"
      },
      {
        id: "SEV2",
        label: "SEV2",
        rank: 2,
        description: "Major: a core feature is broken or badly degraded for many customers.",
        responseMode: "Drop other work: the on-call team and the commander work it until mitigated.",
        updateCadenceMinutes: 60,
        notify: [],
        requiredRoles: [
          "commander",
          "comms"
        ],
        postmortem: true,
        flow: [
          {
            id: "commander",
            title: "Commander assigned",
            auto: "role:commander"
          },
          {
            id: "severity",
            title: "Severity confirmed by the decider",
            auto: "severity-confirmed"
          },
          {
            id: "customers",
            title: "Customers informed"
          },
          {
            id: "mitigated",
            title: "Impact mitigated",
            auto: "status:mitigated"
          },
          {
            id: "cause",
            title: "Cause identified",
            auto: "status:identified"
          },
          {
            id: "resolved",
            title: "Resolved",
            auto: "status:resolved"
          },
          {
            id: "postmortem",
            title: "Postmortem opened",
            auto: "postmortem"
          }
        ],
        color: "d93f0b"
      },
      {
        id: "SEV3",
        label: "SEV3",
        rank: 3,
        description: "Minor: a feature is degraded or a few customers are affected; a workaround exists.",
        responseMode: "Business hours: the owning team works it as its top priority.",
        updateCadenceMinutes: 240,
        notify: [],
        requiredRoles: [
          "commander"
        ],
        postmortem: true,
        flow: [
          {
            id: "commander",
            title: "Commander assigned",
            auto: "role:commander"
          },
          {
            id: "severity",
            title: "Severity confirmed by the decider",
            auto: "severity-confirmed"
          },
          {
            id: "customers",
            title: "Customers informed"
          },
          {
            id: "mitigated",
            title: "Impact mitigated",
            auto: "status:mitigated"
          },
          {
            id: "cause",
            title: "Cause identified",
            auto: "status:identified"
          },
          {
            id: "resolved",
            title: "Resolved",
            auto: "status:resolved"
          },
          {
            id: "postmortem",
            title: "Postmortem opened",
            auto: "postmortem"
          }
        ],
        color: "fbca04"
      },
      {
        id: "SEV4",
        label: "SEV4",
        rank: 4,
        description: "Low: cosmetic or internal impact, no customer harm.",
        responseMode: "Planned work: track it and fix it in the normal flow.",
        updateCadenceMinutes: 0,
        notify: [],
        requiredRoles: [],
        postmortem: true,
        flow: [
          {
            id: "commander",
            title: "Commander assigned",
            auto: "role:commander"
          },
          {
            id: "severity",
            title: "Severity confirmed by the decider",
            auto: "severity-confirmed"
          },
          {
            id: "customers",
            title: "Customers informed"
          },
          {
            id: "mitigated",
            title: "Impact mitigated",
            auto: "status:mitigated"
          },
          {
            id: "cause",
            title: "Cause identified",
            auto: "status:identified"
          },
          {
            id: "resolved",
            title: "Resolved",
            auto: "status:resolved"
          },
          {
            id: "postmortem",
            title: "Postmortem opened",
            auto: "postmortem"
          }
        ],
        color: "0e8a16"
      }
    ],
    defaultSeverity: "SEV3",
    roles: [
      {
        id: "commander",
        label: "role:commander",
        name: "Commander",
        duties: "Directs the response and owns its communication (incident commander).",
        multiple: false
      },
      {
        id: "lead",
        label: "role:lead",
        name: "Lead",
        duties: "Hands-on lead, delegated explicitly by the commander.",
        multiple: false
      },
      {
        id: "decider",
        label: "role:decider",
        name: "Decider",
        duties: "Decides whether it is an incident and at what level (product manager).",
        multiple: false
      },
      {
        id: "comms",
        label: "role:comms",
        name: "Comms",
        duties: "Customer-facing announcements (customer liaison).",
        multiple: false
      },
      {
        id: "scribe",
        label: "role:scribe",
        name: "Scribe",
        duties: "Keeps the record.",
        multiple: false
      },
      {
        id: "responder",
        label: "role:responder",
        name: "Responders",
        duties: "Investigate cause and impact, mitigate, recover.",
        multiple: true
      }
    ],
    labels: {
      incident: "incident",
      drill: "drill",
      postmortem: "postmortem",
      notAnIncident: "not-an-incident",
      maintenance: "maintenance",
      actionItem: "action-item",
      dashboard: "incident-dashboard",
      statusPrefix: "status:"
    },
    issueType: "Incident",
    commands: {
      allow: [
        "OWNER",
        "MEMBER",
        "COLLABORATOR"
      ],
      allowUsers: [],
      sevRoles: [],
      requirePermission: [
        "sev",
        "resolve",
        "public",
        "public-title",
        "component",
        "revert"
      ],
      outsiderForms: "ignore"
    },
    postmortem: {
      enabled: true,
      directory: "docs/postmortems",
      draft: false,
      reviewers: []
    },
    board: {
      timelineLimit: 50
    },
    timeZone: "UTC",
    oncall: [],
    contacts: [],
    reminders: {
      updates: true,
      roleGraceMinutes: 15,
      postmortemDays: 7
    },
    drills: {
      notify: []
    },
    dashboard: {
      enabled: true,
      title: "Incident dashboard"
    },
    components: [],
    statusPage: {
      title: "Service status",
      historyDays: 90
    },
    actionItems: {
      enabled: true,
      dueDays: {}
    },
    notifications: {
      channels: []
    },
    alerts: {
      severity: {
        label: "severity"
      },
      dedup: "group",
      resolved: "note"
    },
    gate: {
      environments: [],
      blockOn: "SEV2"
    },
    changes: {
      windowHours: 24,
      limit: 10
    }
  };
}

// src/core/config/format-problems.ts
var FILE_PATH = "(file)";
function lineOf(err) {
  const pos = Array.isArray(err.linePos) ? err.linePos[0] : void 0;
  if (pos !== null && typeof pos === "object" && "line" in pos && "col" in pos) {
    return { line: Number(pos.line), col: Number(pos.col) };
  }
  const mark = err.mark;
  if (mark !== null && typeof mark === "object" && "line" in mark && "column" in mark) {
    return { line: Number(mark.line) + 1, col: Number(mark.column) + 1 };
  }
  return void 0;
}
function parserError(err) {
  let current = err;
  for (let depth = 0; depth < 5 && current !== null && typeof current === "object"; depth++) {
    const candidate = current;
    if (lineOf(candidate) !== void 0 || /^YAML/.test(String(candidate.name))) return candidate;
    current = candidate.cause;
  }
  return void 0;
}
function firstLine(value) {
  const text = value !== null && typeof value === "object" && "message" in value ? value.message : value;
  return (String(text).split("\n")[0] ?? "").trim();
}
function problemFromYamlError(err) {
  const source = parserError(err);
  if (source === void 0) {
    const text = firstLine(err).replace(/^\[[^\]]*\]\s*/, "");
    return { path: FILE_PATH, message: text === "" ? "could not be read" : text };
  }
  let first = firstLine(source).replace(/:$/, "");
  const pos = lineOf(source);
  if (pos !== void 0 && !/\bline \d+/.test(first)) first += ` at line ${pos.line}, column ${pos.col}`;
  return { path: FILE_PATH, message: `not valid YAML: ${first === "" ? "unreadable file" : first}` };
}

// src/github/octokit-like.ts
var httpStatus = (error) => typeof error === "object" && error !== null && "status" in error && typeof error.status === "number" ? error.status : void 0;

// src/github/load-config.ts
function createConfigLoader(octokit, repo, path) {
  let loaded;
  return () => {
    loaded ??= (async () => {
      let raw;
      try {
        const result = await composeConfigGet(octokit, { owner: repo.owner, repo: repo.repo, path });
        raw = result.files.some((f) => f.config !== null) ? result.config : void 0;
      } catch (error) {
        if (httpStatus(error) !== void 0) throw error;
        return { ok: false, problems: [problemFromYamlError(error)] };
      }
      if (raw === void 0 || raw === null) return { ok: true, config: builtInConfig() };
      const { validateConfig } = await Promise.resolve().then(() => __toESM(require_config_validation(), 1));
      return validateConfig(raw);
    })();
    return loaded;
  };
}

// src/github/write-context.ts
var import_node_async_hooks = require("node:async_hooks");
var storage = new import_node_async_hooks.AsyncLocalStorage();

// src/github/write-scheduler.ts
var SupersededError = class extends Error {
  constructor() {
    super("superseded by a newer run for the same incident");
    this.name = "SupersededError";
  }
};
var isSuperseded = (error) => error instanceof SupersededError;

// src/github/requester.ts
function requester(octokit, repo) {
  const base = { owner: repo.owner, repo: repo.repo };
  return {
    base,
    req: async (route, params = {}) => (await octokit.request(route, { ...base, ...params })).data,
    paginate: (route, params = {}) => octokit.paginate(route, { ...base, per_page: 100, ...params })
  };
}
async function tolerate(status, call) {
  try {
    await call();
  } catch (error) {
    if (httpStatus(error) !== status) throw error;
  }
}
function maybeStored(error) {
  if (isSuperseded(error)) return false;
  const status = httpStatus(error);
  return status === void 0 || status >= 500;
}
var NO_RETRY = { request: { retries: 0 } };
async function createOnce(attempt, landed, options = {}) {
  const attempts = options.attempts ?? 3;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!maybeStored(error)) throw error;
      const found = await landed();
      if (found !== null) return found;
      if (n >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, (options.pauseMs ?? 1e3) * n));
    }
  }
}

// src/github/comment-ports.ts
var LOOKBACK_MS = 10 * 6e4;
function commentPorts(r, self) {
  const { req, paginate: paginate2 } = r;
  const listComments = async (issue) => {
    const items = await paginate2("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      issue_number: issue
    });
    return items.map((c) => ({
      id: c.id,
      body: c.body ?? "",
      author: c.user?.login ?? "ghost",
      authorIsBot: c.user?.type === "Bot",
      url: c.html_url ?? ""
    }));
  };
  return {
    async createComment(issue, body) {
      const started = Date.now();
      return createOnce(
        async () => {
          const data = await req("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            issue_number: issue,
            body,
            ...NO_RETRY
          });
          return { id: data.id, url: data.html_url };
        },
        async () => {
          const items = await paginate2("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            issue_number: issue,
            since: new Date(started - LOOKBACK_MS).toISOString()
          });
          const tool = (await self()).toLowerCase();
          const found = items.find(
            (c) => c.user?.type === "Bot" && String(c.user?.login).toLowerCase() === tool && c.body === body
          );
          return found === void 0 ? null : { id: found.id, url: found.html_url };
        }
      );
    },
    async updateComment(commentId, body) {
      await req("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { comment_id: commentId, body });
    },
    async deleteComment(commentId) {
      await tolerate(
        404,
        () => req("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", { comment_id: commentId })
      );
    },
    listComments,
    async addReaction(commentId, content) {
      await req("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
        comment_id: commentId,
        content
      });
    }
  };
}

// src/core/state/markers.ts
var MARKER_PREFIX = "<!-- incident-workflow:";
var MARKER_END = " -->";
function markerHeader(body) {
  const lines = [];
  let at = 0;
  while (at < body.length && body.startsWith(MARKER_PREFIX, at)) {
    const newline = body.indexOf("\n", at);
    const end = newline < 0 ? body.length : newline;
    const line = body.slice(at, end > at && body[end - 1] === "\r" ? end - 1 : end);
    const close = line.indexOf("-->");
    if (close !== line.length - 3 || !line.endsWith(MARKER_END)) break;
    lines.push(line);
    if (newline < 0) break;
    at = newline + 1;
  }
  return lines;
}
function headerValue(body, prefix) {
  const line = markerHeader(body).find((l) => l.startsWith(prefix));
  return line === void 0 ? null : line.slice(prefix.length, line.length - MARKER_END.length);
}
var markerValue = (body, name) => headerValue(body, `${MARKER_PREFIX}${name}:`);
var readRequestMarker = (body) => markerValue(body, "request");
var POSTMORTEM_FAILED_MARKER = `${MARKER_PREFIX}postmortem-failed -->`;

// src/github/issue-ports.ts
var LOOKBACK_MS2 = 10 * 6e4;
function issuePorts(r, self) {
  const { req, paginate: paginate2 } = r;
  const listIssues = async ({ label, state, since }) => {
    const items = await paginate2("GET /repos/{owner}/{repo}/issues", {
      labels: label,
      state,
      ...since === void 0 ? {} : { since }
    });
    return items.filter((i) => !i.pull_request).map(toIssueSnapshot);
  };
  return {
    async readTimeline(issue) {
      const items = await paginate2("GET /repos/{owner}/{repo}/issues/{issue_number}/timeline", {
        issue_number: issue
      });
      const home = { owner: r.base.owner, repo: r.base.repo };
      return items.map((item) => toTimelineEvent(item, home)).filter((e) => e !== null);
    },
    async addLabels(issue, labels) {
      await req("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { issue_number: issue, labels });
    },
    async removeLabel(issue, label) {
      await tolerate(
        404,
        () => req("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
          issue_number: issue,
          name: label
        })
      );
    },
    async addAssignees(issue, assignees) {
      await req("POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
        issue_number: issue,
        assignees
      });
    },
    async removeAssignees(issue, assignees) {
      await req("DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
        issue_number: issue,
        assignees
      });
    },
    async createIssue(input, marker) {
      const started = Date.now();
      const id = readRequestMarker(marker);
      return createOnce(
        async () => toIssueSnapshot(await req("POST /repos/{owner}/{repo}/issues", { ...input, ...NO_RETRY })),
        async () => {
          const since = new Date(started - LOOKBACK_MS2).toISOString();
          const items = await req("GET /repos/{owner}/{repo}/issues", {
            state: "all",
            since,
            sort: "created",
            direction: "desc",
            per_page: 100
          });
          const tool = (await self()).toLowerCase();
          const found = items.find(
            (i) => !i.pull_request && i.user?.type === "Bot" && String(i.user?.login).toLowerCase() === tool && id !== null && readRequestMarker(i.body ?? "") === id
          );
          return found === void 0 ? null : toIssueSnapshot(found);
        }
      );
    },
    async closeIssue(issue, reason) {
      await req("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        issue_number: issue,
        state: "closed",
        state_reason: reason
      });
    },
    async updateIssueBody(issue, body) {
      await req("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { issue_number: issue, body });
    },
    listIssues,
    async getIssue(issue) {
      try {
        return toIssueSnapshot(
          await req("GET /repos/{owner}/{repo}/issues/{issue_number}", { issue_number: issue })
        );
      } catch (error) {
        if (httpStatus(error) === 404 || httpStatus(error) === 410) return null;
        throw error;
      }
    }
  };
}

// src/github/ttl-memo.ts
var TtlMemo = class {
  constructor(ttlMs = Number.POSITIVE_INFINITY, clock = Date.now) {
    this.ttlMs = ttlMs;
    this.clock = clock;
  }
  ttlMs;
  clock;
  entries = /* @__PURE__ */ new Map();
  /** The remembered answer for `key`, or `ask()`'s (remembered). */
  get(key, ask) {
    const now = this.clock();
    const known = this.entries.get(key);
    if (known !== void 0 && now - known.at < this.ttlMs) return known.read;
    const read = ask();
    const entry = { at: now, read };
    this.entries.set(key, entry);
    read.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return read;
  }
};

// src/github/issue-type-ports.ts
var IssueTypeMemo = class extends TtlMemo {
  /** Organisations' logins are case-insensitive. */
  get(org, ask) {
    return super.get(org.toLowerCase(), ask);
  }
};
function issueTypePorts(octokit, r, ownerType, memo = new IssueTypeMemo()) {
  return {
    issueTypes() {
      if (ownerType !== "Organization") return Promise.resolve({ kind: "none" });
      return memo.get(r.base.owner, async () => {
        try {
          const { data } = await octokit.request("GET /orgs/{org}/issue-types", { org: r.base.owner });
          const types = Array.isArray(data) ? data : [];
          return { kind: "types", names: types.map((t) => String(t?.name ?? "")).filter((n) => n !== "") };
        } catch (error) {
          const status = httpStatus(error);
          if (status === 403 || status === 404) return { kind: "unreadable", status };
          throw error;
        }
      });
    },
    async setIssueType(issue, type) {
      await r.req("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { issue_number: issue, type });
      const now = await r.req("GET /repos/{owner}/{repo}/issues/{issue_number}", {
        issue_number: issue
      });
      return typeof now?.type?.name === "string" ? now.type.name : null;
    }
  };
}

// src/github/permission-ports.ts
var ROLES = /* @__PURE__ */ new Set(["admin", "maintain", "write", "triage", "read", "none"]);
function toRepoPermission(data) {
  const role = String(data?.role_name ?? "").toLowerCase();
  if (ROLES.has(role)) return role;
  const flags = data?.user?.permissions ?? {};
  if (flags.admin === true) return "admin";
  if (flags.maintain === true) return "maintain";
  if (flags.push === true) return "write";
  if (flags.triage === true) return "triage";
  const permission = String(data?.permission ?? "none").toLowerCase();
  return ROLES.has(permission) ? permission : "none";
}
var PermissionMemo = class extends TtlMemo {
};
function permissionPorts(r, memo = new PermissionMemo()) {
  const key = (login) => `${r.base.owner}/${r.base.repo}:${login.toLowerCase()}`.toLowerCase();
  return {
    permissionOf(login) {
      return memo.get(key(login), async () => {
        try {
          return toRepoPermission(
            await r.req("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { username: login })
          );
        } catch (error) {
          if (httpStatus(error) === 404) return "none";
          throw error;
        }
      });
    }
  };
}

// src/github/repo-ports.ts
function repoPorts(r, known) {
  const { req, paginate: paginate2, base } = r;
  let defaultBranch = known.defaultBranch;
  const raw = async (path, ref) => {
    try {
      const data = await req("GET /repos/{owner}/{repo}/contents/{path}", {
        path,
        ...ref === void 0 ? {} : { ref },
        mediaType: { format: "raw" }
      });
      return typeof data === "string" ? data : Buffer.from(data).toString("utf8");
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  };
  return {
    async listRepoLabels() {
      return (await paginate2("GET /repos/{owner}/{repo}/labels")).map((l) => l.name);
    },
    async createRepoLabel(label) {
      await tolerate(422, () => req("POST /repos/{owner}/{repo}/labels", { ...label }));
    },
    readFile: (path) => raw(path),
    readFileAt: (path, ref) => raw(path, ref),
    async listPullFiles(pull) {
      const files = await paginate2("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
        pull_number: pull
      });
      return files.filter((f) => f.status !== "removed").map((f) => f.filename);
    },
    async getDefaultBranch() {
      defaultBranch ??= (await req("GET /repos/{owner}/{repo}")).default_branch;
      const ref = await req("GET /repos/{owner}/{repo}/git/ref/{ref}", { ref: `heads/${defaultBranch}` });
      return { name: defaultBranch, sha: ref.object.sha };
    },
    async getBranch(name) {
      try {
        return (await req("GET /repos/{owner}/{repo}/git/ref/{ref}", { ref: `heads/${name}` })).object.sha;
      } catch (error) {
        if (httpStatus(error) === 404) return null;
        throw error;
      }
    },
    async createBranch(name, sha) {
      await req("POST /repos/{owner}/{repo}/git/refs", { ref: `refs/heads/${name}`, sha });
    },
    async putFile({ branch, path, content, message }) {
      const put = (sha) => req("PUT /repos/{owner}/{repo}/contents/{path}", {
        path,
        branch,
        message,
        content: Buffer.from(content, "utf8").toString("base64"),
        ...sha ? { sha } : {}
      });
      try {
        await put();
      } catch (error) {
        if (httpStatus(error) !== 422 && httpStatus(error) !== 409) throw error;
        const existing = await req("GET /repos/{owner}/{repo}/contents/{path}", { path, ref: branch });
        await put(existing.sha);
      }
    },
    async findPulls(branch) {
      const items = await req("GET /repos/{owner}/{repo}/pulls", {
        head: `${base.owner}:${branch}`,
        state: "all",
        per_page: 100
      });
      return items.map((p) => ({ number: p.number, url: p.html_url, state: p.state }));
    },
    async createPull(input) {
      const data = await req("POST /repos/{owner}/{repo}/pulls", input);
      return { number: data.number, url: data.html_url };
    },
    async listOpenPulls() {
      return (await paginate2("GET /repos/{owner}/{repo}/pulls", { state: "open" })).map((p) => ({
        number: p.number,
        url: p.html_url,
        createdAt: p.created_at,
        labels: (p.labels ?? []).map((l) => l.name),
        reviewers: (p.requested_reviewers ?? []).map((u) => u.login),
        head: p.head?.ref ?? ""
      }));
    },
    async listMergedPulls(since, pages) {
      defaultBranch ??= (await req("GET /repos/{owner}/{repo}")).default_branch;
      const from = Date.parse(since);
      const merged = [];
      for (let page = 1; page <= pages; page++) {
        const items = await req("GET /repos/{owner}/{repo}/pulls", {
          state: "closed",
          base: defaultBranch,
          sort: "updated",
          direction: "desc",
          per_page: 100,
          page
        });
        for (const p of items)
          if (typeof p.merged_at === "string" && Date.parse(p.merged_at) >= from)
            merged.push({
              number: p.number,
              title: p.title,
              url: p.html_url,
              author: p.user?.login ?? "ghost",
              mergedAt: p.merged_at
            });
        const last = items.at(-1);
        if (items.length < 100 || last === void 0 || Date.parse(last.updated_at) < from) break;
      }
      return merged;
    },
    async listDeployments() {
      const items = await req("GET /repos/{owner}/{repo}/deployments", { per_page: 100 });
      return items.map((d) => ({
        id: d.id,
        environment: d.environment,
        ref: d.ref,
        sha: d.sha,
        creator: d.creator?.login ?? "ghost",
        createdAt: d.created_at
      }));
    },
    async requestReviewers(pull, reviewers) {
      await req("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
        pull_number: pull,
        reviewers
      });
    }
  };
}

// src/github/revert-ports.ts
var REVERT = `mutation ($input: RevertPullRequestInput!) {
  revertPullRequest(input: $input) { revertPullRequest { number url } }
}`;
function revertPorts(octokit, r) {
  return {
    async revertPull(pull, input) {
      const pr = await r.req("GET /repos/{owner}/{repo}/pulls/{pull_number}", { pull_number: pull });
      if (!pr.merged_at) throw new Error(`#${pull} is not a merged pull request`);
      const branch = `revert-${pull}-${pr.head?.ref ?? ""}`;
      const found = await r.req("GET /repos/{owner}/{repo}/pulls", {
        head: `${r.base.owner}:${branch}`,
        state: "all",
        per_page: 1
      });
      const existing = found[0];
      if (existing) return { number: existing.number, url: existing.html_url };
      const { data } = await octokit.request("POST /graphql", {
        query: REVERT,
        variables: {
          input: { pullRequestId: pr.node_id, title: `Revert "${pr.title}"`, body: input.body, draft: false }
        }
      });
      const errors = data?.errors;
      if (Array.isArray(errors) && errors.length > 0)
        throw new Error(errors.map((e) => String(e?.message)).join("; "));
      const made = data?.data?.revertPullRequest?.revertPullRequest;
      if (!made) throw new Error("GitHub did not return the revert pull request");
      return { number: made.number, url: made.url };
    }
  };
}

// src/github/sub-issue-ports.ts
function subIssuePorts(r) {
  return {
    async listSubIssues(parent) {
      try {
        const items = await r.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
          issue_number: parent
        });
        return items.map((i) => Number(i.id));
      } catch (error) {
        if (httpStatus(error) === 404) return null;
        throw error;
      }
    },
    async addSubIssue(parent, subIssueId) {
      try {
        await r.req("POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
          issue_number: parent,
          sub_issue_id: subIssueId
        });
        return "added";
      } catch (error) {
        if (httpStatus(error) === 404) return "unavailable";
        throw error;
      }
    }
  };
}

// src/github/octokit-ports.ts
function createPorts(octokit, repo, options) {
  const r = requester(octokit, repo);
  return {
    repo: r.base,
    ...issuePorts(r, options.self),
    ...permissionPorts(r, options.permissions),
    ...commentPorts(r, options.self),
    ...repoPorts(r, repo),
    ...subIssuePorts(r),
    ...revertPorts(octokit, r),
    ...issueTypePorts(octokit, r, repo.ownerType, options.issueTypes)
  };
}

// src/github/outbound.ts
var outboundHttp = {
  async post(url, body, headers, signal) {
    const res = await httpFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "incident-workflow", ...headers },
      body,
      signal
    });
    const text = await res.text();
    return { status: res.status, text: text.slice(0, 300) };
  }
};

// src/github/resilience.ts
var statusOf = (error) => {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
};
function retryAfterSeconds(error, now = Date.now()) {
  const value = header(error, "retry-after");
  if (value === void 0) return null;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1e3));
}
function timedFetch(fetch, ms) {
  return (url, init = {}) => {
    const timer = AbortSignal.timeout(ms);
    const signal = init.signal ? AbortSignal.any([init.signal, timer]) : timer;
    return fetch(url, { ...init, signal });
  };
}
function resilience(octokit, options = {}) {
  const timeoutMs = options.resilience?.timeoutMs ?? 3e4;
  const maxWait = options.resilience?.maxRetryAfterSeconds ?? 60;
  const retries = options.resilience?.retries ?? 3;
  octokit.hook.wrap("request", async (request2, requestOptions) => {
    const given = requestOptions.request?.fetch ?? globalThis.fetch;
    requestOptions.request = { ...requestOptions.request, fetch: timedFetch(given, timeoutMs) };
    for (let attempt = 0; ; attempt++) {
      try {
        return await request2(requestOptions);
      } catch (error) {
        const status = statusOf(error);
        const wait = retryAfterSeconds(error);
        const limited = status === 403 || status === 429 || status === 503;
        if (isBudgeted(requestOptions)) throw error;
        if (attempt >= retries || wait === null || !limited || wait > maxWait) throw error;
        const method = String(requestOptions.method ?? "GET").toUpperCase();
        octokit.log?.warn(
          `${method} ${requestOptions.url}: ${status}, retrying after ${wait} s (retry-after)`
        );
        await sleep(wait * 1e3);
      }
    }
  });
}
var DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

// src/handlers/channel-variables.ts
function isHttpUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
function channelVariableProblems(config2, env2) {
  const problems = [];
  config2.notifications.channels.forEach((channel, i) => {
    const path = `notifications.channels[${i}].url`;
    const value = env2(channel.url)?.trim() ?? "";
    const where = "in the app's environment (the Action: the step's `env:`)";
    if (value === "") {
      const what = channel.kind === "pagerduty" ? "a PagerDuty routing key" : "the channel's webhook URL";
      problems.push({
        path,
        message: `the environment variable ${channel.url} is not set; set it ${where} to ${what}`
      });
    } else if (channel.kind !== "pagerduty" && !isHttpUrl(value)) {
      problems.push({
        path,
        message: `the environment variable ${channel.url} does not hold an http(s) URL`
      });
    }
    const secret = `${channel.url}_SECRET`;
    if (channel.kind === "webhook" && (env2(secret) ?? "") === "")
      problems.push({
        path,
        message: `the environment variable ${secret} (the signing secret) is not set; set it ${where}`
      });
  });
  const events = env2("INCIDENT_WORKFLOW_PAGERDUTY_EVENTS_URL");
  if (events !== void 0 && events !== "" && !isHttpUrl(events))
    problems.push({
      path: "notifications.channels",
      message: "the environment variable INCIDENT_WORKFLOW_PAGERDUTY_EVENTS_URL does not hold an http(s) URL"
    });
  return problems;
}
function withChannelVariables(loader, env2) {
  return async () => {
    const loaded = await loader();
    if (!loaded.ok || loaded.config.notifications.channels.length === 0) return loaded;
    const problems = channelVariableProblems(loaded.config, env2);
    return problems.length === 0 ? loaded : { ok: false, problems };
  };
}

// src/core/state/label-kind.ts
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
var hasLabel = (labels, name) => labels.some((l) => same(l, name));

// src/handlers/early-reads.ts
var BUILT_IN_INCIDENT_LABEL = builtInConfig().labels.incident;
var readsEarly = (labels) => hasLabel(labels, BUILT_IN_INCIDENT_LABEL);

// src/action/runner.ts
var import_node_fs = require("node:fs");
var escapeData = (text) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
function writeStdout(text) {
  let rest = Buffer.from(text, "utf8");
  while (rest.length > 0) {
    try {
      rest = rest.subarray((0, import_node_fs.writeSync)(1, rest));
    } catch (error) {
      if (error.code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

// src/action/client.ts
function fetchFor(baseUrl) {
  if ((0, import_proxy.getProxyUrl)(new URL(baseUrl)) === void 0) return httpFetch;
  let proxied;
  return async (url, init) => {
    proxied ??= Promise.resolve().then(() => __toESM(require_proxy_fetch(), 1)).then((m) => m.proxyFetch);
    return (await proxied)(url, init);
  };
}
function userAgent2(env2) {
  const base = "incident-workflow-action";
  const id = env2.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? `${base} actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, "_")}` : base;
}
function octokitFor(token, env2 = process.env) {
  const baseUrl = trimEndOf(env2.GITHUB_API_URL || "https://api.github.com", "/");
  const warn = (message) => writeStdout(`::warning::${escapeData(message)}
`);
  const ActionOctokit = Octokit.plugin(paginateRest, lightRetry, resilience);
  return new ActionOctokit({
    auth: `token ${token}`,
    baseUrl,
    userAgent: userAgent2(env2),
    request: { fetch: fetchFor(baseUrl) },
    log: { debug: () => {
    }, info: () => {
    }, warn, error: warn },
    // One event per run makes a handful of writes: they are not spaced (GitHub's 1 s advice is for
    // bulk writes) unless INCIDENT_WORKFLOW_WRITE_INTERVAL_MS asks for it; rate limits are honoured.
    retry: {
      doNotRetry: DO_NOT_RETRY,
      writeIntervalMs: Number(env2.INCIDENT_WORKFLOW_WRITE_INTERVAL_MS) || 0
    }
  });
}
function withEarlyTimeline(ports) {
  const started = /* @__PURE__ */ new Map();
  return {
    ports: {
      ...ports,
      readTimeline(issue) {
        const read = started.get(issue);
        started.delete(issue);
        return read ?? ports.readTimeline(issue);
      }
    },
    early(issue) {
      if (started.has(issue)) return;
      const read = ports.readTimeline(issue);
      read.catch(() => {
      });
      started.set(issue, read);
    }
  };
}
var early = /* @__PURE__ */ new WeakMap();
var env = (name) => process.env[name];
var client = {
  connect(inputs, repo, logger) {
    const octokit = octokitFor(inputs.githubToken);
    const self = tokenIdentity(octokit);
    const timeline = withEarlyTimeline(createPorts(octokit, repo, { self }));
    const deps = {
      ports: timeline.ports,
      loadConfig: withChannelVariables(
        createConfigLoader(octokit, { owner: repo.owner, repo: repo.repo }, inputs.configPath),
        env
      ),
      chat: { env, http: outboundHttp },
      now: () => /* @__PURE__ */ new Date(),
      self,
      log: logger,
      configPath: inputs.configPath
    };
    early.set(deps, timeline.early);
    return deps;
  },
  /**
   * An issue event on an issue that carries the built-in incident label: the config, the token's
   * identity and the issue's history are read now, while the handlers load (`handleWebhook` reads
   * them first, and is answered by these reads). From a bot, only the identity: the event may be
   * the tool's own, which `handleWebhook` ignores without reading anything else.
   */
  readEarly(payload, deps) {
    const { issue, sender } = payload;
    if (issue === null || typeof issue !== "object") return;
    const bot = toPerson(sender).isBot;
    const snapshot = toIssueSnapshot(issue);
    const incident = !bot && readsEarly(snapshot.labels);
    if (bot || incident) deps.self().catch(() => {
    });
    if (!incident) return;
    deps.loadConfig().catch(() => {
    });
    early.get(deps)?.(snapshot.number);
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  client,
  octokitFor
});
