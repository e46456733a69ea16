import { createRequire as __incidentWorkflowCreateRequire } from "node:module";
const require = __incidentWorkflowCreateRequire(import.meta.url);
import {
  COMMAND_LINE,
  escapeData,
  execute,
  ignoredByPayload,
  runnerHost,
  toIssueSnapshot,
  toPerson,
  toTimelineEvent
} from "./chunk-RYJTLIE2.js";
import {
  Octokit,
  paginateRest,
  require_proxy
} from "./chunk-5QV3MJYP.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-UYACR5TS.js";

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend2;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar2(chr) {
      return escape[chr];
    }
    function extend2(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array2, value) {
      for (var i = 0, len = array2.length; i < len; i++) {
        if (array2[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string3) {
      if (typeof string3 !== "string") {
        if (string3 && typeof string3.toHTML === "function") {
          return string3.toHTML();
        } else if (string3 == null) {
          return "";
        } else if (!string3) {
          return string3 + "";
        }
        string3 = "" + string3;
      }
      if (!possible.test(string3)) {
        return string3;
      }
      return string3.replace(badChars, escapeChar2);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object2) {
      var frame = extend2({}, object2);
      frame._parent = object2;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id2) {
      return (contextPath ? contextPath + "." : "") + id2;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node2) {
      var loc = node2 && node2.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field2, index, last, value) {
          if (data) {
            data.key = field2;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field2;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field2], [contextPath + field2, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field2, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field2);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION2 = "4.7.10";
    exports.VERSION = VERSION2;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial2) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial2 === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial2;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string3) {
      this.string = string3;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial2, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial2 = env.VM.resolvePartial.call(this, partial2, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial2, context, options);
        if (result == null && Utils.isFunction(partial2)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial2 !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial2, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial2, context, options) {
      if (!partial2) {
        if (options.name === "@partial-block") {
          partial2 = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial2 = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial2 !== "function" && !options.name) {
        options.name = partial2;
        partial2 = lookupOwnProperty(options.partials, partial2);
      }
      return partial2;
    }
    function invokePartial(partial2, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial2 === void 0 && partialBlock) {
        partial2 = partialBlock;
      }
      if (partial2 === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial2 instanceof Function) {
        return partial2(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars.noConflict = function() {
        if (globalThis.Handlebars === Handlebars) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime2 = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime2;
      hb.template = function(spec2) {
        return runtime2.template(spec2, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/runtime.js
var require_runtime2 = __commonJS({
  "node_modules/handlebars/runtime.js"(exports, module) {
    module.exports = require_handlebars_runtime()["default"];
  }
});

// src/action/run.ts
var import_proxy = __toESM(require_proxy(), 1);
import { resolve } from "node:path";

// src/github/http-fetch.ts
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { createGunzip, createInflate } from "node:zlib";
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 20;
var agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
function send(url2, method, headers, body, signal) {
  return new Promise((resolve2, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const secure = url2.protocol === "https:";
    if (!secure && url2.protocol !== "http:") return reject(new TypeError(`unsupported URL ${url2.href}`));
    const outgoing = { ...headers };
    if (body !== void 0) outgoing["content-length"] = String(Buffer.byteLength(body));
    const req = (secure ? httpsRequest : httpRequest)(url2, {
      method,
      headers: outgoing,
      agent: secure ? agents.https : agents.http
    });
    const onAbort = () => req.destroy(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    req.once("response", (res) => {
      signal?.removeEventListener("abort", onAbort);
      resolve2(res);
    });
    req.once("error", (error2) => {
      signal?.removeEventListener("abort", onAbort);
      reject(signal?.aborted ? signal.reason : error2);
    });
    req.end(body);
  });
}
function readBody(res, signal) {
  return new Promise((resolve2, reject) => {
    const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
    const stream = encoding === "gzip" || encoding === "x-gzip" ? res.pipe(createGunzip()) : encoding === "deflate" ? res.pipe(createInflate()) : res;
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
      resolve2(Buffer.concat(chunks));
    });
    stream.once("error", (error2) => {
      signal?.removeEventListener("abort", onAbort);
      reject(error2);
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
  let url2 = new URL(String(input));
  let method = (init.method ?? "GET").toUpperCase();
  let body = init.body ?? void 0;
  const headers = { "accept-encoding": "gzip, deflate" };
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
  for (let hops = 0; ; hops++) {
    const res = await send(url2, method, headers, body, signal);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (REDIRECTS.has(status) && location !== void 0 && init.redirect !== "manual") {
      res.resume();
      if (init.redirect === "error") throw new TypeError(`redirect to ${location} refused`);
      if (hops >= MAX_REDIRECTS) throw new TypeError(`more than ${MAX_REDIRECTS} redirects from ${input}`);
      const next = new URL(location, url2);
      if (next.origin !== url2.origin) delete headers.authorization;
      if (status === 303 || (status === 301 || status === 302) && method === "POST") {
        if (method !== "HEAD") method = "GET";
        body = void 0;
        delete headers["content-type"];
      }
      url2 = next;
      continue;
    }
    const empty = method === "HEAD" || status === 204 || status === 304 || res.headers["content-length"] === "0";
    if (empty) res.resume();
    const bytes = empty ? Buffer.alloc(0) : await readBody(res, signal);
    return {
      status,
      statusText: res.statusMessage ?? "",
      ok: status >= 200 && status < 300,
      url: url2.href,
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
    known ??= ask().catch((error2) => {
      known = void 0;
      throw error2;
    });
    return known;
  };
}
function tokenIdentity(octokit) {
  return once(async () => {
    const { data } = await octokit.request("POST /graphql", { query: "query { viewer { login } }" });
    const login2 = data.data?.viewer?.login;
    if (typeof login2 !== "string" || login2 === "") throw new Error("GitHub did not say who the token is");
    return login2;
  });
}

// src/github/light-retry.ts
var header = (error2, name) => {
  const value = error2.response?.headers?.[name];
  return value === void 0 || value === null ? void 0 : String(value);
};
var sleep = (ms2) => new Promise((resolve2) => setTimeout(resolve2, ms2));
function rateLimitWait(error2, maxWaitSeconds, now = Date.now()) {
  if (error2.status !== 403 && error2.status !== 429) return null;
  if (header(error2, "retry-after") !== void 0) return null;
  let seconds = null;
  const reset = Number(header(error2, "x-ratelimit-reset"));
  if (header(error2, "x-ratelimit-remaining") === "0" && Number.isFinite(reset)) {
    seconds = Math.max(0, Math.ceil(reset - now / 1e3)) + 1;
  } else if (/\bsecondary rate\b/i.test(String(error2.message ?? ""))) seconds = 60;
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
  octokit.hook.wrap("request", async (request, requestOptions) => {
    const method = String(requestOptions.method ?? "GET").toUpperCase();
    const allowed = requestOptions.request?.retries ?? retries;
    let limited = 0;
    for (let attempt = 0; ; attempt++) {
      if (spacing > 0 && method !== "GET" && method !== "HEAD") {
        const turn = writes.then(() => sleep(spacing));
        writes = turn;
        await turn;
      }
      let failure2;
      try {
        const response = await request(requestOptions);
        if (!graphqlServerError(response)) return response;
        failure2 = { status: 500, message: "GraphQL: Something went wrong while executing your query" };
        if (attempt >= allowed) return response;
      } catch (error2) {
        failure2 = error2;
        const wait2 = rateLimitWait(failure2, maxWait);
        if (wait2 !== null) {
          if (wait2 === Number.POSITIVE_INFINITY || limited++ >= 3) throw error2;
          octokit.log?.warn(`${method} ${requestOptions.url}: rate limited, retrying in ${wait2 / 1e3} s`);
          await sleep(wait2);
          continue;
        }
        const status = typeof failure2.status === "number" ? failure2.status : 0;
        if (status < 400 || doNotRetry.includes(status) || attempt >= allowed) throw error2;
      }
      const wait = (attempt + 1) ** 2 * baseMs;
      octokit.log?.warn(
        `${method} ${requestOptions.url}: ${String(failure2.status)}, retrying in ${wait / 1e3} s`
      );
      await sleep(wait);
    }
  });
}

// node_modules/@probot/octokit-plugin-config/dist-src/version.js
var VERSION = "4.1.0";

// lazy-yaml:yaml
var yaml;
var load = () => yaml ??= __require("./yaml.cjs");
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
  const endpoint = {
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
  const { url: url2 } = octokit.request.endpoint(endpoint);
  const emptyConfigResult = {
    owner,
    repo,
    path,
    url: url2,
    config: null
  };
  let data, headers;
  try {
    const response = await octokit.request(endpoint);
    data = response.data;
    headers = response.headers;
  } catch (error2) {
    if (error2.status === 404) {
      return emptyConfigResult;
    }
    throw error2;
  }
  if (headers["content-type"] === "application/json; charset=utf-8") {
    throw new Error(
      `[@probot/octokit-plugin-config] ${url2} exists, but is either a directory or a submodule. Ignoring.`
    );
  }
  if (fileExtension === "json") {
    if (typeof data === "string") {
      throw new Error(
        `[@probot/octokit-plugin-config] Configuration could not be parsed from ${url2} (invalid JSON)`
      );
    }
    return {
      ...emptyConfigResult,
      config: data
    };
  }
  let config3;
  try {
    config3 = yaml_default.parse(data, { logLevel: "error" }) || {};
  } catch (error2) {
    throw new Error(
      `[@probot/octokit-plugin-config] Configuration could not be parsed from ${url2} (invalid YAML)`,
      { cause: error2 }
    );
  }
  if (typeof config3 === "string") {
    throw new Error(
      `[@probot/octokit-plugin-config] Configuration could not be parsed from ${url2} (YAML is not an object)`
    );
  }
  return {
    ...emptyConfigResult,
    config: config3
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
  url: url2,
  extendsValue
}) {
  if (typeof extendsValue !== "string") {
    throw new Error(
      `[@probot/octokit-plugin-config] Invalid value ${JSON.stringify(
        extendsValue
      )} for _extends in ${url2}`
    );
  }
  const match = extendsValue.match(EXTENDS_REGEX);
  if (match === null) {
    throw new Error(
      `[@probot/octokit-plugin-config] Invalid value "${extendsValue}" for _extends in ${url2}`
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
config.VERSION = VERSION;

// src/core/config/format-problems.ts
var CONFIG_PROBLEMS_MARKER = "<!-- incident-workflow:config-problems -->";
var FILE_PATH = "(file)";
function codeSpan(text) {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = longestRun > 0 ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function plainMarkdown(text) {
  return text.replace(/[\\*_[\]`#|~]/g, (c) => `\\${c}`).replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@(?=[A-Za-z0-9])/g, "@\u200B");
}
function inlineMessage(message) {
  const line = message.replace(/\s*\n\s*/g, " ").trim();
  const parts = line.split("`");
  if (parts.length % 2 === 0) return plainMarkdown(line);
  return parts.map((part, i) => i % 2 === 1 ? codeSpan(part) : plainMarkdown(part)).join("");
}
function countText(problems) {
  return problems.length === 1 ? "1 problem" : `${problems.length} problems`;
}
function formatConfigProblems(problems, file) {
  return [
    CONFIG_PROBLEMS_MARKER,
    `**Incident Workflow could not use ${codeSpan(file)}** (${countText(problems)}):`,
    "",
    ...problems.map((p) => `- ${codeSpan(p.path)}: ${inlineMessage(p.message)}`),
    "",
    "Nothing else was changed. Fix the file on the default branch and the next event on this issue retries.",
    ""
  ].join("\n");
}
function formatConfigProblemsText(problems, file) {
  return [
    `Incident Workflow could not use ${file} (${countText(problems)}):`,
    ...problems.map((p) => `  - ${p.path}: ${p.message.replace(/\s*\n\s*/g, " ").trim()}`),
    "Nothing else was changed. Fix the file on the default branch and the next event retries."
  ].join("\n");
}
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

// src/core/config/defaults.ts
var DEFAULT_SEVERITIES = [
  {
    id: "SEV1",
    description: "Critical: the service is down or data is being lost for many customers.",
    responseMode: "All hands: incident work beats every other task until mitigated.",
    updateCadenceMinutes: 30,
    notify: [],
    requiredRoles: ["commander", "comms", "scribe"],
    postmortem: true,
    color: "b60205"
  },
  {
    id: "SEV2",
    description: "Major: a core feature is broken or badly degraded for many customers.",
    responseMode: "Drop other work: the on-call team and the commander work it until mitigated.",
    updateCadenceMinutes: 60,
    notify: [],
    requiredRoles: ["commander", "comms"],
    postmortem: true,
    color: "d93f0b"
  },
  {
    id: "SEV3",
    description: "Minor: a feature is degraded or a few customers are affected; a workaround exists.",
    responseMode: "Business hours: the owning team works it as its top priority.",
    updateCadenceMinutes: 240,
    notify: [],
    requiredRoles: ["commander"],
    postmortem: true,
    color: "fbca04"
  },
  {
    id: "SEV4",
    description: "Low: cosmetic or internal impact, no customer harm.",
    responseMode: "Planned work: track it and fix it in the normal flow.",
    updateCadenceMinutes: 0,
    notify: [],
    requiredRoles: [],
    postmortem: true,
    color: "0e8a16"
  }
];
var DEFAULT_SEVERITY = "SEV3";
var DEFAULT_ROLES = [
  {
    id: "commander",
    name: "Commander",
    duties: "Directs the response and owns its communication (incident commander).",
    multiple: false
  },
  {
    id: "lead",
    name: "Lead",
    duties: "Hands-on lead, delegated explicitly by the commander.",
    multiple: false
  },
  {
    id: "decider",
    name: "Decider",
    duties: "Decides whether it is an incident and at what level (product manager).",
    multiple: false
  },
  {
    id: "comms",
    name: "Comms",
    duties: "Customer-facing announcements (customer liaison).",
    multiple: false
  },
  { id: "scribe", name: "Scribe", duties: "Keeps the record.", multiple: false },
  {
    id: "responder",
    name: "Responders",
    duties: "Investigate cause and impact, mitigate, recover.",
    multiple: true
  }
];
var DEFAULT_FLOW = [
  { id: "commander", title: "Commander assigned", auto: "role:commander" },
  { id: "severity", title: "Severity confirmed by the decider", auto: "severity-confirmed" },
  { id: "customers", title: "Customers informed" },
  { id: "mitigated", title: "Impact mitigated", auto: "status:mitigated" },
  { id: "cause", title: "Cause identified", auto: "status:identified" },
  { id: "resolved", title: "Resolved", auto: "status:resolved" },
  { id: "postmortem", title: "Postmortem opened", auto: "postmortem" }
];
var STATUS_COLORS = {
  investigating: "c5def5",
  identified: "bfd4f2",
  mitigated: "c2e0c6"
};

// src/core/config/config.ts
var COMPONENT_STATES = ["operational", "degraded", "partial-outage", "major-outage"];
var LABELLED_STATUSES = ["investigating", "identified", "mitigated"];

// src/core/config/label-checks.ts
var LABEL_MAX = 50;
function labelUses(parsed, severities, roles) {
  const fromList = (list, items) => {
    const own2 = parsed[list];
    return items.map((item, i) => ({
      name: item.label,
      path: own2 ? `${list}[${i}].${own2[i]?.label === void 0 ? "id" : "label"}` : `(built-in ${list})`,
      builtIn: !own2
    }));
  };
  const { labels } = parsed;
  const uses = [
    ...fromList("severities", severities),
    ...fromList("roles", roles),
    ...["incident", "drill", "postmortem", "notAnIncident", "dashboard", "maintenance", "actionItem"].map((key) => ({
      name: labels[key],
      path: `labels.${key}`,
      builtIn: false
    })),
    ...LABELLED_STATUSES.map((s) => ({
      name: labels.statusPrefix + s,
      path: "labels.statusPrefix",
      builtIn: false
    }))
  ];
  return [...uses.filter((u) => u.builtIn), ...uses.filter((u) => !u.builtIn)];
}
function labelProblems(parsed, severities, roles) {
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  for (const use of labelUses(parsed, severities, roles)) {
    if (use.name.length > LABEL_MAX) {
      problems.push({
        path: use.path,
        message: `gives the label ${JSON.stringify(use.name)}, longer than GitHub's ${LABEL_MAX} characters`
      });
    }
    const first = seen.get(use.name.toLowerCase());
    if (first === void 0) seen.set(use.name.toLowerCase(), use);
    else if (first.path !== use.path) {
      problems.push({
        path: use.path,
        message: `gives the label ${JSON.stringify(use.name)}, already used by ${first.path}`
      });
    }
  }
  return problems;
}

// src/core/config/preparedness-checks.ts
var WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
var validZone = (zone) => {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
var validDate = (text) => {
  const [y, m, d] = text.slice(0, 10).split("-").map(Number);
  const date3 = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 0));
  return date3.getUTCFullYear() === y && date3.getUTCMonth() === (m ?? 0) - 1 && date3.getUTCDate() === d;
};
function resolveRotations(parsed) {
  return Object.entries(parsed.oncall).map(([role, r]) => {
    const [day = "monday", time3 = "09:00"] = r.handoff.trim().toLowerCase().split(/\s+/);
    const [h = 0, m = 0] = time3.split(":").map(Number);
    return {
      role,
      people: r.people.map((p) => p.replace(/^@/, "")),
      handoffDay: WEEKDAYS.indexOf(day),
      handoffMinute: h * 60 + m,
      start: r.start,
      timeZone: r.timeZone ?? parsed.timeZone,
      overrides: r.overrides.map((o) => ({ from: o.from, to: o.to, person: o.person.replace(/^@/, "") })),
      mentionOnly: r.mentionOnly
    };
  });
}
function preparednessProblems(parsed, severities, roles) {
  const problems = [];
  const roleIds = roles.map((r) => r.id);
  for (const [role, r] of Object.entries(parsed.oncall)) {
    const at = `oncall.${role}`;
    if (!roleIds.includes(role)) {
      problems.push({ path: at, message: `unknown role; the roles are ${roleIds.join(", ")}` });
    }
    if (r.timeZone !== void 0 && !validZone(r.timeZone)) {
      problems.push({
        path: `${at}.timeZone`,
        message: `not an IANA time zone; found ${JSON.stringify(r.timeZone)}`
      });
    }
    if (!validDate(r.start))
      problems.push({ path: `${at}.start`, message: `no such date; found ${JSON.stringify(r.start)}` });
    r.overrides.forEach((o, i) => {
      for (const key of ["from", "to"]) {
        if (!validDate(o[key])) {
          problems.push({
            path: `${at}.overrides[${i}].${key}`,
            message: `no such date; found ${JSON.stringify(o[key])}`
          });
        }
      }
      if (o.from.replace("T", " ") >= o.to.replace("T", " ")) {
        problems.push({
          path: `${at}.overrides[${i}].to`,
          message: `must be after \`from\` (${o.from}); found ${JSON.stringify(o.to)}`
        });
      }
    });
  }
  const sevIds = severities.map((s) => s.id);
  const componentIds = parsed.components.map((c) => c.id.toLowerCase());
  componentIds.forEach((id2, i) => {
    if (componentIds.indexOf(id2) !== i)
      problems.push({
        path: `components[${i}].id`,
        message: `duplicate component id; found ${JSON.stringify(parsed.components[i]?.id)}`
      });
  });
  for (const key of Object.keys(parsed.actionItems.dueDays)) {
    if (key !== "default" && !sevIds.includes(key)) {
      problems.push({
        path: `actionItems.dueDays.${key}`,
        message: `not a severity id or \`default\`; the levels are ${sevIds.join(", ")}`
      });
    }
  }
  parsed.contacts.forEach((c, i) => {
    c.severities.forEach((s, j) => {
      if (!sevIds.includes(s)) {
        problems.push({
          path: `contacts[${i}].severities[${j}]`,
          message: `unknown severity; the levels are ${sevIds.join(", ")}; found ${JSON.stringify(s)}`
        });
      }
    });
  });
  return problems;
}

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap2) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap2 ? wrap2(value, key) : value;
      });
    } else
      putProp(target, key, wrap2 ? wrap2(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config3) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config3.customError?.(iss)) ?? unwrapMessage(config3.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config2(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config2())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config2())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config2())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config2())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url2, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url2.hostname);
}
function urlProtocolOk(url2, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url2.protocol.endsWith(":") ? url2.protocol.slice(0, -1) : url2.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url2 = validateURL(trimmed, def);
      if (url2 === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url2, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url2, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url2.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header3] = tokensParts;
    if (!header3)
      return false;
    const parsedHeader = JSON.parse(atob(header3));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field2 = shape[key]._zod;
      if (field2.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field2.values)
          propValues[key].add(v);
        if (field2.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id2, k) => `
          let ${id2}_ab = false;
          for (let i = 0; i < ${id2}.issues.length; i++) {
            const iss = ${id2}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id2}_ab = true;
          }
          if (${id2}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id2 = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id2} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id2}_present` : `${id2}.value !== undefined || ${id2}_present`;
        doc.write(`
        const ${id2}_present = ${isPresent};
        if (!${id2}.issues.length || ${id2}_present) {
          if (${id2}.issues.length) {${prefixStr(id2, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id2}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id2}_present = ${isPresent};
        if (${id2}.issues.length) {${prefixStr(id2, k)}
        }
        if (!${id2}_present && !${id2}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id2}_present) {
          newResult[${k}] = ${id2}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id2}.issues.length) {${prefixStr(id2, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id2}.value;`);
        } else {
          doc.write(`
        if (${id2}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id2}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config2())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config2())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config2())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config2()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve2) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve2);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve2) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge3 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge3(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve2 ? inst._zod.innerType : void 0);
      merge3(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id2 = ctx.metadataRegistry.get(entry[0])?.id;
    if (id2) {
      const existing = idToSchema.get(id2);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id2}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id2, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id3) => id3);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id2 = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id2;
      return { defId: id2, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id2)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id2 = ctx.metadataRegistry.get(entry[0])?.id;
    if (id2) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id2 = ctx.external.registry.get(schema)?.id;
    if (!id2)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id2);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema, _ctx, json, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var literalProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  if (def.values.length === 0) {
    json.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json.enum = [val];
    } else {
      json.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json.type = "boolean";
    if (vals.every((v) => v === null))
      json.type = "null";
    json.enum = vals;
  }
};
var customProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field2 = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field2) === void 0 : field2._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id: id2, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  json.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema);
    }
    json.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue2) => {
    self.issues.push(issue2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config2(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config2({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check, params) {
    return this.check(refine(check, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
function url(params) {
  return _url(ZodURL, params);
}
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int(params));
    },
    safe(params) {
      return this.check(int(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
function number2(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params) {
  return _int(ZodNumberFormat, params);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params)
  };
  return new ZodObject(def);
}
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
  inst.values = new Set(def.values);
  Object.defineProperty(inst, "value", {
    get() {
      if (def.values.length > 1) {
        throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
      }
      return def.values[0];
    }
  });
});
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/core/config/schema-preparedness.ts
var login = string2().regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, "a GitHub login (`alice` or `@alice`)");
var loginOrTeam = string2().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9_.-]+)?$/, "a login or org/team (`@alice`, `@acme/sre`)");
var date2 = string2().regex(/^\d{4}-\d{2}-\d{2}$/, "a date, YYYY-MM-DD");
var dateTime = string2().regex(
  /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?$/,
  "a date (YYYY-MM-DD) or date and time (YYYY-MM-DD HH:MM)"
);
var OverrideSchema = strictObject({
  /** Start (inclusive), in the rotation's time zone; a date alone means midnight. */
  from: dateTime.describe("Start (inclusive), in the rotation's time zone; a date alone means 00:00."),
  /** End (exclusive), in the rotation's time zone; a date alone means midnight. */
  to: dateTime.describe("End (exclusive), in the rotation's time zone; a date alone means 00:00."),
  /** Who is on call meanwhile. */
  person: login.describe("Who is on call meanwhile.")
});
var RotationSchema = strictObject({
  /** The people, in rotation order; each holds it for a week. */
  people: array(login).min(1).describe("The people, in rotation order; each holds it for a week."),
  /** When the shift changes hands, weekly: `monday 09:00`. */
  handoff: string2().regex(
    /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+([01]\d|2[0-3]):[0-5]\d$/i,
    "a weekday and a time, e.g. `monday 09:00`"
  ).describe("When the shift changes hands, weekly: `monday 09:00`."),
  /** The first hand-off on or after this date goes to the first person. */
  start: date2.describe("The first hand-off on or after this date (YYYY-MM-DD) goes to the first person."),
  /** IANA time zone of `handoff`, `start` and the overrides; the file's `timeZone` by default. */
  timeZone: string2().optional().describe("IANA time zone of the hand-off and overrides; default `timeZone`."),
  /** Swaps and holidays. */
  overrides: array(OverrideSchema).default([]).describe("Swaps and holidays."),
  /** Only mention the on-call person instead of making them the role's holder. */
  mentionOnly: boolean2().default(false).describe("Only mention the on-call person, instead of making them the role's holder.")
});
var ContactSchema = strictObject({
  /** What or who it is (`Payments team`, `Database runbook`). */
  name: string2().min(1).max(100).describe("What or who it is."),
  /** People or teams, shown (without notifying them) on the board. */
  people: array(loginOrTeam).default([]).describe("People or teams, shown without notifying them."),
  /** Links: runbooks, dashboards, the status page. */
  links: array(strictObject({ title: string2().min(1).max(100), url: url({ protocol: /^https?$/ }) })).default([]).describe("Links: runbooks, dashboards, the status page."),
  /** Shown only at these severity ids; every level when empty. */
  severities: array(string2()).default([]).describe("Shown only at these severity ids; all when empty.")
});
var RemindersSchema = strictObject({
  /** Remind the commander once per cadence window when the latest `/update` is older than the level's cadence. */
  updates: boolean2().default(true).describe("Remind once per cadence window when an update is overdue."),
  /** Nudge once when a role the level requires has been empty this many minutes; 0 turns it off. */
  roleGraceMinutes: number2().int().min(0).default(15).describe("Nudge once when a required role has been empty this many minutes; 0 turns it off."),
  /** Nudge once on a postmortem pull request open longer than this many days; 0 turns it off. */
  postmortemDays: number2().int().min(0).default(7).describe("Nudge once on a postmortem pull request open this many days; 0 turns it off.")
});
var DrillsSchema = strictObject({
  /** Who is mentioned on a drill instead of the level's `notify` (nobody by default). */
  notify: array(loginOrTeam).default([]).describe("Mentioned on a drill instead of the level's `notify`.")
});
var DashboardSchema = strictObject({
  /** Keep a dashboard issue. */
  enabled: boolean2().default(true).describe("Keep a dashboard issue."),
  /** The dashboard issue's title. */
  title: string2().min(1).max(200).default("Incident dashboard").describe("The dashboard issue's title.")
});
var ComponentSchema = strictObject({
  /** Short id used by `/component <id>… <state>`. */
  id: string2().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "letters, digits, '-' or '_'").describe("Short id used by `/component <id>\u2026 <state>`."),
  /** Its name on the status page. */
  name: string2().min(1).max(100).describe("Its name on the status page."),
  /** One line about it, on the status page. */
  description: string2().max(300).default("").describe("One line about it, on the status page.")
});
var StatusPageSchema = strictObject({
  /** The page's title. */
  title: string2().min(1).max(100).default("Service status").describe("The page's title."),
  /** Where the page is published (its Atom feed links to it); optional. */
  url: url({ protocol: /^https?$/ }).optional().describe("Where the page is published; the feed links to it."),
  /** Days of past incidents shown. */
  historyDays: number2().int().min(1).max(365).default(90).describe("Days of past incidents shown.")
});
var ActionItemsSchema = strictObject({
  /** Make issues from a merged postmortem's unchecked action items. */
  enabled: boolean2().default(true).describe("Make issues from a merged postmortem's unchecked action items."),
  /**
   * Days until an action item is due, by severity id (`SEV1: 14`), `default` for the levels not
   * named. Without an entry: 14 days at the most severe level, 30 at the second, 60 otherwise.
   */
  dueDays: record(string2(), number2().int().min(1).max(365)).default({}).describe(
    "Days until an action item is due, by severity id, `default` for the others. Unset: 14 days at the most severe level, 30 at the second, 60 otherwise."
  )
});

// src/core/config/schema.ts
var AUTHOR_ASSOCIATIONS = [
  "OWNER",
  "MEMBER",
  "COLLABORATOR",
  "CONTRIBUTOR",
  "FIRST_TIME_CONTRIBUTOR",
  "FIRST_TIMER",
  "MANNEQUIN",
  "NONE"
];
var id = string2().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "letters, digits, '-' or '_', starting with a letter or digit");
var labelName = string2().min(1).max(50);
var color = string2().regex(/^[0-9a-fA-F]{6}$/, "six hex digits without '#'");
var FlowStepSchema = strictObject({
  /** Short id used by `/done <id>`. */
  id: id.describe("Short id used by `/done <id>`."),
  /** What the step is, as shown on the board. */
  title: string2().min(1).describe("What the step is, as shown on the board."),
  /**
   * A fact of the incident that ticks the step automatically: `role:<id>` (the role is held),
   * `status:<status>` (that status was reached), `postmortem` (the postmortem PR is open).
   * Steps without it are ticked with `/done <id>`.
   */
  auto: string2().regex(
    /^(role:[A-Za-z0-9_-]+|status:(investigating|identified|mitigated|resolved)|postmortem|severity-confirmed)$/
  ).optional().describe(
    "A fact that ticks the step automatically: `role:<id>`, `status:<status>`, `postmortem` or `severity-confirmed`. Without it the step is ticked with `/done <id>`."
  )
});
var SeveritySchema = strictObject({
  /** Identifier, also what `/sev` accepts (e.g. `SEV1`; `/sev 1` works too). */
  id: id.describe("Identifier, also what `/sev` accepts (`SEV1`; `/sev 1` works too)."),
  /** The label that carries this level on the issue. Defaults to the id. */
  label: labelName.optional().describe("The label that carries this level on the issue. Defaults to the id."),
  /** What qualifies an incident for this level. */
  description: string2().default("").describe("What qualifies an incident for this level."),
  /** How the team responds at this level, shown on the board ("all hands; incident work beats every other task"). */
  responseMode: string2().default("").describe("How the team responds at this level, shown on the board."),
  /** Minutes between status updates; the board shows when the next is due. 0 turns reminders off. */
  updateCadenceMinutes: number2().int().min(0).default(60).describe("Minutes between status updates; the board shows when the next is due. 0 turns reminders off."),
  /** People or teams (`@alice`, `@org/team`) mentioned once when an incident is raised to this level. */
  notify: array(string2().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9_.-]+)?$/, "a login or org/team")).default([]).describe("People or teams mentioned once when an incident is raised to this level."),
  /** Role ids that must be filled at this level; empty ones are flagged on the board. */
  requiredRoles: array(id).default([]).describe("Role ids that must be filled at this level."),
  /** Whether closing an incident at this level opens a postmortem pull request. */
  postmortem: boolean2().default(true).describe("Whether closing at this level opens a postmortem pull request."),
  /** The response flow as a checklist. Omit to use the built-in flow. */
  flow: array(FlowStepSchema).optional().describe("The response flow as a checklist. Omit for the built-in flow."),
  /** Label colour (six hex digits). */
  color: color.optional().describe("Label colour (six hex digits).")
});
var RoleSchema = strictObject({
  /** Identifier, used by `/role <id>` and in `role:<id>` labels. */
  id: id.describe("Identifier, used by `/role <id>`."),
  /** The label that marks the role as filled. Defaults to `role:<id>`. */
  label: labelName.optional().describe("The label that marks the role as filled. Defaults to `role:<id>`."),
  /** Display name on the board. */
  name: string2().min(1).optional().describe("Display name on the board."),
  /** What the holder does, shown on the board and by `/help`. */
  duties: string2().default("").describe("What the holder does."),
  /** Whether several people may hold it at once (e.g. responders). */
  multiple: boolean2().default(false).describe("Whether several people may hold it at once.")
});
var LabelsSchema = strictObject({
  /** Marks an issue as an incident. */
  incident: labelName.default("incident").describe("Marks an issue as an incident."),
  /** Marks an incident as a drill, kept out of metrics. */
  drill: labelName.default("drill").describe("Marks an incident as a drill, kept out of metrics."),
  /** Applied to postmortem pull requests. */
  postmortem: labelName.default("postmortem").describe("Applied to postmortem pull requests."),
  /** Applied when an incident is closed as not planned. */
  notAnIncident: labelName.default("not-an-incident").describe("Applied when an incident is closed as not planned."),
  /** Marks a scheduled maintenance issue (shown on the status page). */
  maintenance: labelName.default("maintenance").describe("Marks a scheduled maintenance issue."),
  /** Applied to issues made from a postmortem's action items. */
  actionItem: labelName.default("action-item").describe("Applied to issues made from postmortem action items."),
  /** Marks the incident dashboard issue. */
  dashboard: labelName.default("incident-dashboard").describe("Marks the incident dashboard issue."),
  /**
   * Prefix of the status labels (`status:investigating` …). At most 37 characters, so that
   * `<prefix>investigating` fits GitHub's 50-character label names.
   */
  statusPrefix: string2().min(1).max(37).default("status:").describe("Prefix of the status labels.")
});
var CommandsSchema = strictObject({
  /** Author associations allowed to run commands. */
  allow: array(_enum(AUTHOR_ASSOCIATIONS)).min(1).default(["OWNER", "MEMBER", "COLLABORATOR"]).describe("Author associations allowed to run commands."),
  /** Extra logins allowed to run commands whatever their association. */
  allowUsers: array(string2().min(1)).default([]).describe("Extra logins allowed to run commands."),
  /** When set, only holders of these roles may run `/sev` (e.g. `[decider, commander]`). */
  sevRoles: array(id).default([]).describe("When non-empty, only holders of these roles may run `/sev`.")
});
var PostmortemSchema = strictObject({
  /** Open a postmortem PR when an incident closes as completed. */
  enabled: boolean2().default(true).describe("Open a postmortem PR when an incident closes as completed."),
  /** Directory of the postmortem files in the repository. */
  directory: string2().min(1).default("docs/postmortems").describe("Directory of the postmortem files."),
  /** Open the PR as a draft. */
  draft: boolean2().default(false).describe("Open the PR as a draft."),
  /** Logins requested as reviewers besides the commander. */
  reviewers: array(string2().min(1)).default([]).describe("Logins requested as reviewers besides the commander."),
  /** Repository path of a Handlebars template overriding the built-in postmortem template. */
  template: string2().min(1).optional().describe("Repository path of a template overriding the built-in one."),
  /**
   * The postmortem index, updated in each postmortem's pull request: a repository path, or `false`
   * for none. Default: `README.md` in `directory`.
   */
  index: union([string2().min(1), literal(false)]).optional().describe("The postmortem index's path (default `README.md` in `directory`), or `false` for none.")
});
var BoardSchema = strictObject({
  /** Repository path of a Handlebars template overriding the built-in board template. */
  template: string2().min(1).optional().describe("Repository path of a template overriding the built-in one."),
  /** How many of the newest timeline events the board lists before summarising older ones. */
  timelineLimit: number2().int().min(5).max(500).default(50).describe("Newest timeline events listed on the board.")
});
var extendsRef = string2().regex(
  /^(?:[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}\/)?[-_.\w]+(?::[-_./\w]+\.ya?ml)?$/,
  "`repo`, `owner/repo`, optionally followed by `:path/to/file.yml`"
);
var ConfigSchema = object({
  /**
   * Another repository's config this file builds on. Resolved (and removed) by
   * @probot/octokit-plugin-config before validation; listed here so editors accept it.
   */
  _extends: extendsRef.optional().describe(
    "Builds on the same file in another repository (`repo`, `owner/repo`, optionally `:path/to/file.yml`). Top-level options set here replace that file's."
  ),
  /** Severity levels, most severe first. */
  severities: array(SeveritySchema).min(1).optional().describe("Severity levels, most severe first."),
  /** Level applied when an incident has no severity label. */
  defaultSeverity: id.optional().describe(
    "Level applied when an incident has no severity label. Defaults to `SEV3`, or to the least severe level when no level has that id."
  ),
  /** Incident roles. */
  roles: array(RoleSchema).min(1).optional().describe("Incident roles."),
  /** Label names. */
  labels: LabelsSchema.default(LabelsSchema.parse({})).describe("Label names."),
  /** Who may run commands. */
  commands: CommandsSchema.default(CommandsSchema.parse({})).describe("Who may run commands."),
  /** Postmortem pull requests. */
  postmortem: PostmortemSchema.default(PostmortemSchema.parse({})).describe("Postmortem pull requests."),
  /** The status board. */
  board: BoardSchema.default(BoardSchema.parse({})).describe("The status board."),
  /** IANA time zone used to show times (e.g. `Europe/Berlin`). Times are always stored in UTC. */
  timeZone: string2().default("UTC").describe("IANA time zone used to show times."),
  /** On-call rotations by role id (`commander: {…}`): who holds a role an incident is declared without. */
  oncall: record(id, RotationSchema).default({}).describe("On-call rotations by role id: who holds a role an incident is declared without."),
  /** People, teams and links to contact, shown on the board. */
  contacts: array(ContactSchema).default([]).describe("People, teams and links shown on the board."),
  /** Reminders of overdue updates, empty roles and open postmortems. */
  reminders: RemindersSchema.default(RemindersSchema.parse({})).describe(
    "Reminders of overdue updates, empty roles and open postmortems."
  ),
  /** Drills (incidents with the `drill` label). */
  drills: DrillsSchema.default(DrillsSchema.parse({})).describe(
    "Drills (incidents with the `drill` label)."
  ),
  /** The incident dashboard issue. */
  dashboard: DashboardSchema.default(DashboardSchema.parse({})).describe("The incident dashboard issue."),
  /** Parts of the service the public status page shows, set by `/component`. */
  components: array(ComponentSchema).default([]).describe("Parts of the service the public status page shows, set by `/component`."),
  /** The public status page. */
  statusPage: StatusPageSchema.default(StatusPageSchema.parse({})).describe("The public status page."),
  /** Issues made from a merged postmortem's action items. */
  actionItems: ActionItemsSchema.default(ActionItemsSchema.parse({})).describe(
    "Issues made from a merged postmortem's action items."
  )
}).strict();

// src/core/config/validate.ts
function formatPath(path) {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(top level)" : out;
}
function describeFound(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "a mapping";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function valueAt(root, path) {
  let cur = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[key];
  }
  return cur;
}
function fromZod(raw, error2) {
  return error2.issues.flatMap((issue2) => {
    if (issue2.code === "unrecognized_keys") {
      return issue2.keys.map((key) => ({ path: formatPath([...issue2.path, key]), message: "unknown option" }));
    }
    const found = describeFound(valueAt(raw, issue2.path));
    return [{ path: formatPath(issue2.path), message: `${issue2.message}; found ${found}` }];
  });
}
function builtInFlow(roles) {
  const ids = new Set(roles.map((r) => r.id));
  return DEFAULT_FLOW.filter((step) => !step.auto?.startsWith("role:") || ids.has(step.auto.slice(5)));
}
function resolveSeverities(parsed, roles) {
  const list = parsed.severities ?? DEFAULT_SEVERITIES;
  const defaultFlow = builtInFlow(roles);
  return list.map((s, index) => ({
    id: s.id,
    label: s.label ?? s.id,
    rank: index + 1,
    description: s.description,
    responseMode: s.responseMode,
    updateCadenceMinutes: s.updateCadenceMinutes,
    notify: s.notify.map((n) => n.startsWith("@") ? n : `@${n}`),
    requiredRoles: s.requiredRoles,
    postmortem: s.postmortem,
    flow: s.flow ?? defaultFlow,
    color: s.color ?? ["b60205", "d93f0b", "fbca04", "0e8a16"][Math.min(index, 3)]
  }));
}
function resolveRoles(parsed) {
  return (parsed.roles ?? DEFAULT_ROLES).map((r) => ({
    id: r.id,
    label: r.label ?? `role:${r.id}`,
    name: r.name ?? r.id.charAt(0).toUpperCase() + r.id.slice(1),
    duties: r.duties,
    multiple: r.multiple
  }));
}
function duplicates(values, path, what) {
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  values.forEach((v, i) => {
    const key = v.toLowerCase();
    const first = seen.get(key);
    if (first === void 0) seen.set(key, i);
    else
      out.push({ path: path(i), message: `duplicate ${what} ${JSON.stringify(v)}; also at ${path(first)}` });
  });
  return out;
}
function crossCheck(parsed, severities, roles) {
  const problems = [];
  const roleIds = new Set(roles.map((r) => r.id));
  const sevIds = severities.map((s) => s.id);
  const roleList = `${[...roleIds].join(", ")}${parsed.roles ? "" : " (built in)"}`;
  problems.push(...duplicates(sevIds, (i) => `severities[${i}].id`, "severity id"));
  problems.push(
    ...duplicates(
      roles.map((r) => r.id),
      (i) => `roles[${i}].id`,
      "role id"
    )
  );
  problems.push(...labelProblems(parsed, severities, roles));
  const defaultSeverity = parsed.defaultSeverity ?? (sevIds.includes(DEFAULT_SEVERITY) ? DEFAULT_SEVERITY : void 0);
  if (defaultSeverity !== void 0 && !sevIds.includes(defaultSeverity)) {
    problems.push({
      path: "defaultSeverity",
      message: `must be one of the severity ids (${sevIds.join(", ")}); found ${JSON.stringify(defaultSeverity)}`
    });
  }
  if (parsed.severities === void 0) {
    const missing = [...new Set(severities.flatMap((s) => s.requiredRoles))].filter((r) => !roleIds.has(r));
    if (missing.length > 0) {
      problems.push({
        path: "roles",
        message: `the built-in severity levels require the roles ${missing.join(", ")}; add them here or define \`severities\``
      });
    }
  }
  severities.forEach((s, i) => {
    s.requiredRoles.forEach((r, j) => {
      if (parsed.severities !== void 0 && !roleIds.has(r)) {
        problems.push({
          path: `severities[${i}].requiredRoles[${j}]`,
          message: `unknown role; the roles are ${roleList}; found ${JSON.stringify(r)}`
        });
      }
    });
    s.flow.forEach((step, j) => {
      const role = step.auto?.startsWith("role:") ? step.auto.slice(5) : void 0;
      if (role !== void 0 && !roleIds.has(role)) {
        problems.push({
          path: `severities[${i}].flow[${j}].auto`,
          message: `unknown role ${JSON.stringify(role)}`
        });
      }
    });
  });
  problems.push(...preparednessProblems(parsed, severities, roles));
  parsed.commands.sevRoles.forEach((r, i) => {
    if (!roleIds.has(r)) {
      problems.push({ path: `commands.sevRoles[${i}]`, message: `unknown role; found ${JSON.stringify(r)}` });
    }
  });
  try {
    if (parsed.timeZone !== "UTC") new Intl.DateTimeFormat("en-GB", { timeZone: parsed.timeZone });
  } catch {
    problems.push({
      path: "timeZone",
      message: `not an IANA time zone; found ${JSON.stringify(parsed.timeZone)}`
    });
  }
  return problems;
}
function validateConfig(raw) {
  const input = raw === void 0 || raw === null ? {} : raw;
  const result = ConfigSchema.safeParse(input);
  if (!result.success) return { ok: false, problems: fromZod(input, result.error) };
  const parsed = result.data;
  const roles = resolveRoles(parsed);
  const severities = resolveSeverities(parsed, roles);
  const problems = crossCheck(parsed, severities, roles);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      severities,
      defaultSeverity: parsed.defaultSeverity ?? (severities.some((s) => s.id === DEFAULT_SEVERITY) ? DEFAULT_SEVERITY : severities[severities.length - 1].id),
      roles,
      labels: parsed.labels,
      commands: parsed.commands,
      postmortem: parsed.postmortem,
      board: parsed.board,
      timeZone: parsed.timeZone,
      oncall: resolveRotations(parsed),
      contacts: parsed.contacts.map((c) => ({
        ...c,
        people: c.people.map((p) => p.startsWith("@") ? p : `@${p}`)
      })),
      reminders: parsed.reminders,
      drills: { notify: parsed.drills.notify.map((n) => n.startsWith("@") ? n : `@${n}`) },
      dashboard: parsed.dashboard,
      components: parsed.components,
      statusPage: parsed.statusPage,
      actionItems: parsed.actionItems
    }
  };
}
function defaultConfig() {
  const result = validateConfig({});
  if (!result.ok) throw new Error("built-in configuration is invalid");
  return result.config;
}

// src/github/octokit-like.ts
var httpStatus = (error2) => typeof error2 === "object" && error2 !== null && "status" in error2 && typeof error2.status === "number" ? error2.status : void 0;

// src/github/load-config.ts
function createConfigLoader(octokit, repo, path) {
  let loaded2;
  return () => {
    loaded2 ??= (async () => {
      let raw;
      try {
        const result = await composeConfigGet(octokit, { owner: repo.owner, repo: repo.repo, path });
        raw = result.files.some((f) => f.config !== null) ? result.config : void 0;
      } catch (error2) {
        if (httpStatus(error2) !== void 0) throw error2;
        return { ok: false, problems: [problemFromYamlError(error2)] };
      }
      return validateConfig(raw);
    })();
    return loaded2;
  };
}

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
  } catch (error2) {
    if (httpStatus(error2) !== status) throw error2;
  }
}
function maybeStored(error2) {
  const status = httpStatus(error2);
  return status === void 0 || status >= 500;
}
var NO_RETRY = { request: { retries: 0 } };
async function createOnce(attempt, landed, options = {}) {
  const attempts = options.attempts ?? 3;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error2) {
      if (!maybeStored(error2)) throw error2;
      const found = await landed();
      if (found !== null) return found;
      if (n >= attempts) throw error2;
      await new Promise((resolve2) => setTimeout(resolve2, (options.pauseMs ?? 1e3) * n));
    }
  }
}

// src/github/comment-ports.ts
var LOOKBACK_MS = 10 * 6e4;
function commentPorts(r) {
  const { req, paginate } = r;
  const listComments = async (issue2) => {
    const items = await paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      issue_number: issue2
    });
    return items.map((c) => ({
      id: c.id,
      body: c.body ?? "",
      author: c.user?.login ?? "ghost",
      authorIsBot: c.user?.type === "Bot"
    }));
  };
  return {
    async createComment(issue2, body) {
      const started = Date.now();
      return createOnce(
        async () => {
          const data = await req("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            issue_number: issue2,
            body,
            ...NO_RETRY
          });
          return { id: data.id, url: data.html_url };
        },
        async () => {
          const items = await paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            issue_number: issue2,
            since: new Date(started - LOOKBACK_MS).toISOString()
          });
          const found = items.find((c) => c.user?.type === "Bot" && c.body === body);
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
var BOARD_MARKER = "<!-- incident-workflow:board -->";
var replyMarker = (commentId) => `${MARKER_PREFIX}reply:${commentId} -->`;
var notifyMarker = (key) => `${MARKER_PREFIX}notify:${key} -->`;
var postmortemMarker = (pr, url2) => `${MARKER_PREFIX}postmortem:${pr}:${url2} -->`;
var dedupMarker = (key) => `${MARKER_PREFIX}dedup:${encodeURIComponent(key)} -->`;
var declaredFromMarker = (commentId) => `${MARKER_PREFIX}declared-from:${commentId} -->`;
var declaredByMarker = (login2) => `${MARKER_PREFIX}declared-by:${encodeURIComponent(login2)} -->`;
var requestMarker = (id2) => `${MARKER_PREFIX}request:${id2} -->`;
var markerValue = (body, name) => {
  const start = body.indexOf(`${MARKER_PREFIX}${name}:`);
  if (start < 0) return null;
  const from = start + MARKER_PREFIX.length + name.length + 1;
  const end = body.indexOf(" -->", from);
  return end < 0 ? null : body.slice(from, end);
};
var readReplyMarker = (body) => {
  const v = markerValue(body, "reply");
  return v === null ? null : Number(v);
};
var readNotifyMarker = (body) => markerValue(body, "notify");
var readPostmortemMarker = (body) => {
  const v = markerValue(body, "postmortem");
  if (v === null) return null;
  const sep = v.indexOf(":");
  return { number: Number(v.slice(0, sep)), url: v.slice(sep + 1) };
};
var readDeclaredBy = (body) => {
  const v = markerValue(body, "declared-by");
  return v === null || v === "" ? null : decodeURIComponent(v);
};
var readRequestMarker = (body) => markerValue(body, "request");
var readDeclaredFrom = (body) => {
  const v = markerValue(body, "declared-from");
  return v === null ? null : Number(v);
};
var readDedupMarker = (body) => {
  const v = markerValue(body, "dedup");
  return v === null ? null : decodeURIComponent(v);
};
var ALERT_MARKER = "<!-- incident-workflow:alert -->";
var oncallMarker = (role, login2, mode) => `${MARKER_PREFIX}oncall:${role}:${login2}:${mode} -->`;
var readOncallMarker = (body) => {
  const v = markerValue(body, "oncall");
  const [role, login2, mode] = v?.split(":") ?? [];
  return role && login2 ? { role, login: login2, assign: mode !== "mention" } : null;
};
var reminderMarker = (key) => `${MARKER_PREFIX}remind:${key} -->`;
var readReminderMarker = (body) => markerValue(body, "remind");
var POSTMORTEM_FAILED_MARKER = `${MARKER_PREFIX}postmortem-failed -->`;
var actionItemsMarker = (pull) => `${MARKER_PREFIX}action-items:${pull} -->`;
var readActionItemsMarker = (body) => {
  const v = markerValue(body, "action-items");
  return v === null ? null : Number(v);
};

// src/github/issue-ports.ts
var LOOKBACK_MS2 = 10 * 6e4;
function issuePorts(r) {
  const { req, paginate } = r;
  const listIssues = async ({ label, state, since }) => {
    const items = await paginate("GET /repos/{owner}/{repo}/issues", {
      labels: label,
      state,
      ...since === void 0 ? {} : { since }
    });
    return items.filter((i) => !i.pull_request).map(toIssueSnapshot);
  };
  return {
    async readTimeline(issue2) {
      const items = await paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/timeline", {
        issue_number: issue2
      });
      return items.map(toTimelineEvent).filter((e) => e !== null);
    },
    async addLabels(issue2, labels) {
      await req("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { issue_number: issue2, labels });
    },
    async removeLabel(issue2, label) {
      await tolerate(
        404,
        () => req("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
          issue_number: issue2,
          name: label
        })
      );
    },
    async addAssignees(issue2, assignees) {
      await req("POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
        issue_number: issue2,
        assignees
      });
    },
    async removeAssignees(issue2, assignees) {
      await req("DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
        issue_number: issue2,
        assignees
      });
    },
    async createIssue(input, marker) {
      const started = Date.now();
      const id2 = readRequestMarker(marker);
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
          const found = items.find(
            (i) => !i.pull_request && id2 !== null && readRequestMarker(i.body ?? "") === id2
          );
          return found === void 0 ? null : toIssueSnapshot(found);
        }
      );
    },
    async closeIssue(issue2, reason) {
      await req("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        issue_number: issue2,
        state: "closed",
        state_reason: reason
      });
    },
    async updateIssueBody(issue2, body) {
      await req("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { issue_number: issue2, body });
    },
    listIssues,
    async getIssue(issue2) {
      try {
        return toIssueSnapshot(
          await req("GET /repos/{owner}/{repo}/issues/{issue_number}", { issue_number: issue2 })
        );
      } catch (error2) {
        if (httpStatus(error2) === 404 || httpStatus(error2) === 410) return null;
        throw error2;
      }
    }
  };
}

// src/github/repo-ports.ts
function repoPorts(r, known) {
  const { req, paginate, base } = r;
  let defaultBranch = known.defaultBranch;
  const raw = async (path, ref) => {
    try {
      const data = await req("GET /repos/{owner}/{repo}/contents/{path}", {
        path,
        ...ref === void 0 ? {} : { ref },
        mediaType: { format: "raw" }
      });
      return typeof data === "string" ? data : Buffer.from(data).toString("utf8");
    } catch (error2) {
      if (httpStatus(error2) === 404) return null;
      throw error2;
    }
  };
  return {
    async listRepoLabels() {
      return (await paginate("GET /repos/{owner}/{repo}/labels")).map((l) => l.name);
    },
    async createRepoLabel(label) {
      await tolerate(422, () => req("POST /repos/{owner}/{repo}/labels", { ...label }));
    },
    readFile: (path) => raw(path),
    readFileAt: (path, ref) => raw(path, ref),
    async listPullFiles(pull) {
      const files = await paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
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
      } catch (error2) {
        if (httpStatus(error2) === 404) return null;
        throw error2;
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
      } catch (error2) {
        if (httpStatus(error2) !== 422 && httpStatus(error2) !== 409) throw error2;
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
      return (await paginate("GET /repos/{owner}/{repo}/pulls", { state: "open" })).map((p) => ({
        number: p.number,
        url: p.html_url,
        createdAt: p.created_at,
        labels: (p.labels ?? []).map((l) => l.name),
        reviewers: (p.requested_reviewers ?? []).map((u) => u.login),
        head: p.head?.ref ?? ""
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

// src/github/octokit-ports.ts
function createPorts(octokit, repo) {
  const r = requester(octokit, repo);
  return {
    repo: r.base,
    ...issuePorts(r),
    ...commentPorts(r),
    ...repoPorts(r, repo)
  };
}

// src/github/resilience.ts
function header2(error2, name) {
  const headers = error2?.response?.headers;
  const value = headers?.[name];
  return value === void 0 || value === null ? void 0 : String(value);
}
var statusOf = (error2) => {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
};
function retryAfterSeconds(error2, now = Date.now()) {
  const value = header2(error2, "retry-after");
  if (value === void 0) return null;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1e3));
}
function timedFetch(fetch, ms2) {
  return (url2, init = {}) => {
    const timer = AbortSignal.timeout(ms2);
    const signal = init.signal ? AbortSignal.any([init.signal, timer]) : timer;
    return fetch(url2, { ...init, signal });
  };
}
function resilience(octokit, options = {}) {
  const timeoutMs = options.resilience?.timeoutMs ?? 3e4;
  const maxWait = options.resilience?.maxRetryAfterSeconds ?? 60;
  const retries = options.resilience?.retries ?? 3;
  octokit.hook.wrap("request", async (request, requestOptions) => {
    const given = requestOptions.request?.fetch ?? globalThis.fetch;
    requestOptions.request = { ...requestOptions.request, fetch: timedFetch(given, timeoutMs) };
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error2) {
        const status = statusOf(error2);
        const wait = retryAfterSeconds(error2);
        const limited = status === 403 || status === 429 || status === 503;
        if (attempt >= retries || wait === null || !limited || wait > maxWait) throw error2;
        const method = String(requestOptions.method ?? "GET").toUpperCase();
        octokit.log?.warn(
          `${method} ${requestOptions.url}: ${status}, retrying after ${wait} s (retry-after)`
        );
        await new Promise((resolve2) => setTimeout(resolve2, wait * 1e3));
      }
    }
  });
}
var DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

// src/handlers/declare.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/core/commands/resolve.ts
var SEV_N = /^sev[-_]?([0-9]{1,3})$/i;
function resolveSeverity(word, config3, allowNumber = true) {
  const w = word.trim().toLowerCase();
  const named = config3.severities.find((s) => s.id.toLowerCase() === w || s.label.toLowerCase() === w);
  if (named) return named;
  const rank2 = SEV_N.exec(w)?.[1] ?? (allowNumber && /^[0-9]{1,3}$/.test(w) ? w : void 0);
  return rank2 === void 0 ? void 0 : config3.severities.find((s) => s.rank === Number(rank2));
}
function resolveRole(word, config3) {
  const w = word.trim().toLowerCase();
  return config3.roles.find((r) => r.id.toLowerCase() === w) ?? config3.roles.find((r) => r.label.toLowerCase() === w || r.name.toLowerCase() === w);
}

// src/core/effects/synthetic.ts
var selfPerson = (login2) => ({ login: login2, isBot: true });
function closeEvent(self, at) {
  return { kind: "closed", id: 0, at, actor: selfPerson(self), reason: "completed" };
}
function commentEvent(self, id2, body, url2, at) {
  return { kind: "commented", id: id2, at, actor: selfPerson(self), body, association: "NONE", url: url2 };
}

// src/core/state/label-kind.ts
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
var INCIDENT = { kind: "incident" };
var DRILL = { kind: "drill" };
var NOT_AN_INCIDENT = { kind: "not-an-incident" };
var OTHER = { kind: "other" };
function labelKinds(config3) {
  const table = /* @__PURE__ */ new Map();
  const add = (label, kind) => {
    const key = label.toLowerCase();
    if (!table.has(key)) table.set(key, kind);
  };
  add(config3.labels.incident, INCIDENT);
  add(config3.labels.drill, DRILL);
  add(config3.labels.notAnIncident, NOT_AN_INCIDENT);
  for (const level of config3.severities) add(level.label, { kind: "severity", level });
  for (const status of LABELLED_STATUSES) add(statusLabel(config3, status), { kind: "status", status });
  for (const role of config3.roles) add(role.label, { kind: "role", role });
  return (name) => table.get(name.toLowerCase()) ?? OTHER;
}
var statusLabel = (config3, status) => `${config3.labels.statusPrefix}${status}`;
var hasLabel = (labels, name) => labels.some((l) => same(l, name));

// src/handlers/dashboard.ts
import { randomUUID } from "node:crypto";

// src/core/text/markdown-safe.ts
var WORD_JOINER = "\u2060";
var NBSP = "\xA0";
var ELLIPSIS = "\u2026";
var BACKSLASHED = /* @__PURE__ */ new Set(["\\", "`", "*", "_", "[", "]", "|", "~", "$"]);
var URL_ENCODED = {
  "\\": "%5C",
  "`": "%60",
  "*": "%2A",
  _: "%5F",
  "[": "%5B",
  "]": "%5D",
  "|": "%7C",
  "~": "%7E",
  $: "%24"
};
var LINE_START_ESCAPED = /* @__PURE__ */ new Set(["#", "-", "+", "="]);
var URL_AT = /(?:https?:\/\/|www\.)[^\s<>\p{Cc}]+/iuy;
var ENTITY_AT = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
var ORDERED_AT = /[0-9]{1,9}[.)]/y;
var SPACE = /^\s$/u;
var EXTEND = new RegExp("^(?:\\p{M}|\\u200d|\\ufe0e|\\ufe0f|[\\u{1f3fb}-\\u{1f3ff}])", "u");
var LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/;
var ONLY_SPACE_OR_QUOTE = /^[\s>]+$/u;
function isSpace(ch) {
  return ch === "\x85" || SPACE.test(ch);
}
function codePoints(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 56320 || c > 57343) n++;
  }
  return n;
}
var Out = class {
  constructor(max) {
    this.max = max;
  }
  max;
  pieces = [];
  splittable = [];
  size = 0;
  get full() {
    return this.size > this.max;
  }
  add(piece, splittable = false) {
    this.pieces.push(piece);
    this.splittable.push(splittable);
    this.size += splittable ? piece.length : codePoints(piece);
  }
  pop() {
    const piece = this.pieces.pop();
    this.splittable.pop();
    this.size -= codePoints(piece);
    return piece;
  }
  finish() {
    const { pieces } = this;
    const truncated = this.size > this.max;
    const budget = this.max - 1;
    let dropped = "";
    while (truncated && pieces.length > 0) {
      if (this.size > budget) {
        const split = this.splittable.at(-1) === true;
        dropped = this.pop();
        if (split && this.size < budget) {
          const keep = budget - this.size;
          this.add(dropped.slice(0, keep), true);
          dropped = dropped.slice(keep);
        }
      } else if (EXTEND.test(dropped) || pieces.at(-1) === "\u200D") {
        const split = this.splittable.at(-1) === true;
        dropped = this.pop();
        if (split && dropped.length > 1) {
          this.add(dropped.slice(0, -1), true);
          dropped = dropped.slice(-1);
        }
      } else break;
    }
    while (pieces.length > 0 && ONLY_SPACE_OR_QUOTE.test(pieces.at(-1))) this.pop();
    if (this.max <= 0) return "";
    return pieces.join("") + (truncated ? ELLIPSIS : "");
  }
};
function emitUrl(url2, out) {
  for (let i = 0; i < url2.length; ) {
    const ch = String.fromCodePoint(url2.codePointAt(i));
    const encoded = URL_ENCODED[ch];
    if (encoded !== void 0) out.add(encoded);
    else if (ch === "&" && matchesAt(ENTITY_AT, url2, i)) out.add("&amp;");
    else out.add(ch);
    i += ch.length;
  }
}
function matchesAt(re, text, at) {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}
var isAlnum = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isUrlStart = (c) => c === 104 || c === 72 || c === 119 || c === 87;
function emitLine(line, out, keepIndent) {
  let i = 0;
  let indent = 0;
  while (i < line.length && isSpace(line[i])) {
    indent += line[i] === "	" ? 4 : 1;
    i++;
  }
  if (keepIndent) for (let k = 0; k < indent && !out.full; k++) out.add(NBSP);
  let atStart = true;
  let pendingSpace = false;
  let prevWord = false;
  while (i < line.length && !out.full) {
    const c = line.charCodeAt(i);
    const ch = c < 128 ? line[i] : String.fromCodePoint(line.codePointAt(i));
    if (c < 128 ? c === 32 || c >= 9 && c <= 13 : isSpace(ch)) {
      pendingSpace = true;
      prevWord = false;
      i += ch.length;
      continue;
    }
    if (c < 32 || c >= 127 && c <= 159) {
      i++;
      continue;
    }
    if (pendingSpace) out.add(" ");
    pendingSpace = false;
    const urlText = isUrlStart(c) && !prevWord ? matchesAt(URL_AT, line, i) : void 0;
    const ordered = atStart && c >= 48 && c <= 57 ? matchesAt(ORDERED_AT, line, i) : void 0;
    if (urlText !== void 0) {
      emitUrl(urlText, out);
      i += urlText.length;
      prevWord = isAlnum(urlText.charCodeAt(urlText.length - 1));
    } else if (ordered !== void 0) {
      out.add(ordered.slice(0, -1));
      out.add(`\\${ordered.at(-1)}`);
      i += ordered.length;
      prevWord = false;
    } else if (isAlnum(c)) {
      let end = i + 1;
      while (end < line.length && isAlnum(line.charCodeAt(end))) end++;
      out.add(line.slice(i, end), true);
      i = end;
      prevWord = true;
    } else {
      out.add(escapeChar(ch, line, i, prevWord, atStart));
      i += ch.length;
      prevWord = false;
    }
    atStart = false;
  }
}
function escapeChar(ch, line, i, prevWord, atStart) {
  if (BACKSLASHED.has(ch) || atStart && LINE_START_ESCAPED.has(ch)) return `\\${ch}`;
  if (ch === "<") return "&lt;";
  if (ch === ">") return "&gt;";
  if (ch === "&") return matchesAt(ENTITY_AT, line, i) !== void 0 ? "&amp;" : "&";
  if (ch === "@" && !prevWord && isAlnum(line.charCodeAt(i + 1))) return `@${WORD_JOINER}`;
  return ch;
}
var NOT_PLAIN = new Uint8Array(128);
for (const ch of "\\`*_[]|~$<>&@") NOT_PLAIN[ch.charCodeAt(0)] = 1;
function isPlainInline(text, maxLength) {
  const n = text.length;
  if (n === 0 || n > maxLength) return false;
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57 || first === 35 || first === 45 || first === 43 || first === 61)
    return false;
  if (text.charCodeAt(n - 1) === 32) return false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c < 32 || c === 127 || NOT_PLAIN[c] === 1 || c === 32 && (prev === 32 || i === 0)) return false;
    } else if (c <= 160 || c === 5760 || c >= 8192 && c <= 8202) {
      return false;
    } else if (c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279) {
      return false;
    }
    prev = c;
  }
  return true;
}
function inlineText(text, maxLength) {
  if (isPlainInline(text, maxLength)) return text;
  const out = new Out(maxLength);
  emitLine(text, out, false);
  return out.finish();
}
function blockText(text, maxLength) {
  const out = new Out(maxLength);
  let started = false;
  let blank = false;
  for (const line of text.split(LINE_BREAK)) {
    if (out.full) break;
    if (/^\s*$/u.test(line)) {
      blank = started;
      continue;
    }
    out.add(started ? blank ? "\n>\n> " : "\n> " : "> ");
    started = true;
    blank = false;
    emitLine(line, out, true);
  }
  return out.finish();
}
function mention(login2) {
  const name = inlineText(login2.startsWith("@") ? login2.slice(1) : login2, 200);
  return name === "" ? "" : `@${WORD_JOINER}${name}`;
}

// src/core/time.ts
var formatters = /* @__PURE__ */ new Map();
function formatter(timeZone) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
      timeZoneName: "short"
    });
    formatters.set(timeZone, f);
  }
  return f;
}
var CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
function formatTime(iso, timeZone) {
  if (timeZone === "UTC" && CANONICAL_UTC.test(iso)) return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  const date3 = new Date(iso);
  if (Number.isNaN(date3.getTime())) return iso;
  if (timeZone === "UTC") return `${date3.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const parts = formatter(timeZone).formatToParts(date3);
  const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
  const hour = get("hour") === "24" ? "00" : get("hour");
  return `${get("year")}-${get("month")}-${get("day")} ${hour}:${get("minute")} ${get("timeZoneName")}`;
}
function minutesBetween(fromIso, toIso) {
  const ms2 = new Date(toIso).getTime() - new Date(fromIso).getTime();
  return Number.isFinite(ms2) ? Math.max(0, Math.round(ms2 / 6e4)) : 0;
}
function formatDuration(minutes2) {
  if (minutes2 < 60) return `${minutes2} min`;
  const hours = Math.floor(minutes2 / 60);
  if (hours < 48) return `${hours} h ${String(minutes2 % 60).padStart(2, "0")} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
function addMinutes(iso, minutes2) {
  return new Date(new Date(iso).getTime() + minutes2 * 6e4).toISOString();
}

// src/core/dashboard/row.ts
function dashboardRow(state, config3, updatedAt) {
  const level = state.severity;
  const last = state.updates.at(-1);
  const cadence = level?.updateCadenceMinutes ?? 0;
  const commander = state.roles.find((r) => r.role.id === "commander")?.holders[0]?.login ?? null;
  return {
    n: state.number,
    title: state.title,
    url: state.url,
    sev: level?.id ?? null,
    rank: level?.rank ?? config3.severities.length + 1,
    status: state.status,
    open: state.open,
    drill: state.isDrill,
    void: !state.open && state.closeReason === "not_planned",
    declaredAt: state.declaredAt,
    startedAt: state.startedAt,
    ackAt: state.acknowledgedAt,
    mitigatedAt: state.mitigatedAt,
    resolvedAt: state.resolvedAt,
    commander,
    lastUpdateAt: last?.at ?? null,
    dueAt: state.open && cadence > 0 ? addMinutes(last?.at ?? state.declaredAt, cadence) : null,
    postmortem: state.postmortem?.url ?? null,
    items: state.actionItems === null ? null : { closed: state.actionItems.filter((i) => !i.open).length, total: state.actionItems.length },
    updatedAt
  };
}
function sameRow(a, b) {
  const { updatedAt: _a3, ...left } = a;
  const { updatedAt: _b, ...right } = b;
  return JSON.stringify(left) === JSON.stringify(right);
}
var ROW = `${MARKER_PREFIX}row:`;
var ROWS = `${MARKER_PREFIX}rows:`;
var encode2 = (value) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
function decode2(body, prefix) {
  const start = body.indexOf(prefix);
  if (start < 0) return null;
  const end = body.indexOf(" -->", start);
  try {
    return JSON.parse(Buffer.from(body.slice(start + prefix.length, end), "base64url").toString("utf8"));
  } catch {
    return null;
  }
}
var rowMarker = (row) => `${ROW}${encode2(row)} -->`;
var readRowMarker = (body) => decode2(body, ROW);
var rowsMarker = (rows) => `${ROWS}${encode2(rows)} -->`;
var readRowsMarker = (body) => decode2(body, ROWS) ?? [];

// src/core/dashboard/render.ts
var DASHBOARD_MARKER = `${MARKER_PREFIX}dashboard -->`;
var RESOLVED_WINDOW_MS = 30 * 864e5;
var BODY_MAX = 6e4;
var STATUS = {
  investigating: "\u{1F50E} Investigating",
  identified: "\u{1F3AF} Identified",
  mitigated: "\u{1FA79} Mitigated",
  resolved: "\u2705 Resolved"
};
var minutes = (from, to) => from === null || to === null ? null : minutesBetween(from, to);
var duration2 = (m) => m === null ? "\u2014" : formatDuration(m);
function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}
function keptRows(rows, now) {
  const since = Date.parse(now) - RESOLVED_WINDOW_MS;
  return rows.filter(
    (r) => !r.void && (r.open || r.resolvedAt !== null && Date.parse(r.resolvedAt) >= since)
  );
}
function openTable(rows, config3, now) {
  const time3 = (iso) => formatTime(iso, config3.timeZone);
  return [
    "| Severity | Incident | Status | Commander | Age | Last update |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => {
      const overdue = r.dueAt !== null && r.dueAt < now ? ` \u26A0\uFE0F **overdue** since ${time3(r.dueAt)}` : "";
      const last = r.lastUpdateAt === null ? "none yet" : `${duration2(minutes(r.lastUpdateAt, now))} ago`;
      return `| **${r.sev ?? "\u2014"}** | [#${r.n}](${r.url}) ${inlineText(r.title, 120)} | ${STATUS[r.status] ?? r.status} | ${r.commander === null ? "\u26A0\uFE0F none" : mention(r.commander)} | ${duration2(minutes(r.declaredAt, now))} | ${last}${overdue} |`;
    })
  ];
}
function resolvedTable(rows, config3) {
  return [
    "| Incident | Severity | Resolved | To acknowledge | To mitigate | To resolve | Postmortem | Action items |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) => `| [#${r.n}](${r.url}) ${inlineText(r.title, 120)} | ${r.sev ?? "\u2014"} | ${r.resolvedAt ? formatTime(r.resolvedAt, config3.timeZone) : "\u2014"} | ${duration2(minutes(r.declaredAt, r.ackAt))} | ${duration2(minutes(r.startedAt, r.mitigatedAt))} | ${duration2(minutes(r.startedAt, r.resolvedAt))} | ${r.postmortem ? `[postmortem](${r.postmortem})` : "\u2014"} | ${r.items === null ? "\u2014" : `${r.items.closed} of ${r.items.total} done`} |`
    )
  ];
}
function medians(rows, config3) {
  const lines = config3.severities.flatMap((level) => {
    const of = rows.filter((r) => r.sev === level.id);
    if (of.length === 0) return [];
    const m = (pick2) => duration2(median(of.map(pick2).filter((v) => v !== null)));
    return [
      `| ${level.id} | ${of.length} | ${m((r) => minutes(r.declaredAt, r.ackAt))} | ${m((r) => minutes(r.startedAt, r.mitigatedAt))} | ${m((r) => minutes(r.startedAt, r.resolvedAt))} |`
    ];
  });
  return lines.length === 0 ? ["_No incident was resolved in the last 30 days._"] : [
    "| Severity | Incidents | To acknowledge | To mitigate | To resolve |",
    "| --- | --- | --- | --- | --- |",
    ...lines
  ];
}
function renderDashboard(all, config3, now) {
  let rows = keptRows(all, now);
  const bySeverity = (a, b) => a.rank - b.rank || a.n - b.n;
  for (; ; ) {
    const real = rows.filter((r) => !r.drill);
    const open2 = real.filter((r) => r.open).sort(bySeverity);
    const resolved = real.filter((r) => !r.open).sort((a, b) => (b.resolvedAt ?? "").localeCompare(a.resolvedAt ?? ""));
    const drills = rows.filter((r) => r.drill).sort((a, b) => b.declaredAt.localeCompare(a.declaredAt));
    const body = [
      DASHBOARD_MARKER,
      rowsMarker(rows),
      `_Kept up to date by Incident Workflow; as of ${formatTime(now, config3.timeZone)}._`,
      "",
      `### Open incidents (${open2.length})`,
      "",
      ...open2.length === 0 ? ["_None._"] : openTable(open2, config3, now),
      "",
      `### Resolved in the last 30 days (${resolved.length})`,
      "",
      ...resolved.length === 0 ? ["_None._"] : resolvedTable(resolved, config3),
      "",
      "### Medians, last 30 days (drills left out)",
      "",
      ...medians(resolved, config3),
      "",
      `### Drills (${drills.length})`,
      "",
      ...drills.length === 0 ? ["_None._"] : drills.map(
        (r) => `- [#${r.n}](${r.url}) ${inlineText(r.title, 120)}: ${r.sev ?? "\u2014"}, ${STATUS[r.status] ?? r.status}`
      ),
      ""
    ].join("\n");
    if (body.length <= BODY_MAX || resolved.length === 0) return body;
    const oldest = resolved.at(-1);
    rows = rows.filter((r) => r !== oldest);
  }
}

// src/handlers/work-queue.ts
var directQueue = {
  run: (_key, hint, _merge, task) => task(hint)
};

// src/handlers/dashboard.ts
async function findDashboard(deps, config3) {
  const self = (await deps.self()).toLowerCase();
  const issues = await deps.ports.listIssues({ label: config3.labels.dashboard, state: "open" });
  const own2 = issues.filter(
    (i) => i.author.isBot && i.author.login.toLowerCase() === self && i.body.includes(DASHBOARD_MARKER)
  ).sort((a, b) => a.number - b.number);
  return own2[0] ?? null;
}
var merge2 = (a, b) => {
  const openNow = b.openNow ?? a.openNow;
  return {
    rows: [...a.rows, ...b.rows],
    ...openNow === void 0 ? {} : { openNow },
    sweep: a.sweep === true || b.sweep === true
  };
};
var fellDue = (rows, from, to) => rows.some((r) => r.open && r.dueAt !== null && r.dueAt > from && r.dueAt <= to);
function refreshDashboard(deps, config3, update, queue = directQueue) {
  if (!config3.dashboard.enabled) return Promise.resolve();
  const key = `${deps.ports.repo.owner}/${deps.ports.repo.repo}#dashboard`;
  return queue.run(key, update, merge2, async (all) => {
    const now = deps.now().toISOString();
    const found = await findDashboard(deps, config3);
    const existing = found === null ? [] : readRowsMarker(found.body);
    const fresh = /* @__PURE__ */ new Map();
    for (const row of all.rows) fresh.set(row.n, row);
    const openNow = all.openNow === void 0 ? null : new Set(all.openNow);
    const stale = (r) => r.open && openNow !== null && !openNow.has(r.n);
    const rows = keptRows(
      [...existing.filter((r) => !fresh.has(r.n) && !stale(r)), ...fresh.values()].sort((a, b) => a.n - b.n),
      now
    );
    const before = keptRows(existing, now);
    const unchanged = found !== null && rows.length === before.length && rows.every((r, i) => before[i] !== void 0 && r.n === before[i].n && sameRow(r, before[i]));
    const asOf = found?.updatedAt ?? now;
    if (unchanged && !(all.sweep && fellDue(rows, asOf, now))) return;
    const body = renderDashboard(rows, config3, now);
    if (found !== null) return deps.ports.updateIssueBody(found.number, body);
    const marker = requestMarker(randomUUID());
    await deps.ports.createIssue(
      { title: config3.dashboard.title, body: `${body}
${marker}`, labels: [config3.labels.dashboard] },
      marker
    );
  });
}

// src/core/labels.ts
var LABEL_DESCRIPTION_MAX = 100;
var LABEL_COLORS = {
  incident: "d73a4a",
  drill: "5319e7",
  postmortem: "0075ca",
  notAnIncident: "cfd3d7",
  dashboard: "bfdadc",
  maintenance: "fef2c0",
  actionItem: "f9d0c4",
  role: "1d76db"
};
var STATUS_DESCRIPTIONS = {
  investigating: "Incident status: investigating cause and impact.",
  identified: "Incident status: cause identified, working on mitigation.",
  mitigated: "Incident status: impact mitigated, not yet resolved."
};
function labelDescription(text) {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= LABEL_DESCRIPTION_MAX) return line;
  return `${line.slice(0, LABEL_DESCRIPTION_MAX - 1).trimEnd()}\u2026`;
}
function spec(name, color2, description) {
  return { name, color: color2.toLowerCase(), description: labelDescription(description) };
}
function labelSpecs(config3) {
  const { labels } = config3;
  return [
    spec(labels.incident, LABEL_COLORS.incident, "An incident, run by Incident Workflow."),
    spec(labels.drill, LABEL_COLORS.drill, "A practice incident, kept out of metrics."),
    spec(labels.postmortem, LABEL_COLORS.postmortem, "The postmortem of an incident."),
    spec(labels.notAnIncident, LABEL_COLORS.notAnIncident, "Closed as not an incident: no postmortem."),
    spec(
      labels.dashboard,
      LABEL_COLORS.dashboard,
      "The incident dashboard, kept up to date by Incident Workflow."
    ),
    spec(labels.maintenance, LABEL_COLORS.maintenance, "Scheduled maintenance, shown on the status page."),
    spec(labels.actionItem, LABEL_COLORS.actionItem, "An action item from a postmortem."),
    ...config3.severities.map(
      (s) => spec(s.label, s.color, s.description === "" ? `Severity level ${s.rank} (${s.id}).` : s.description)
    ),
    ...config3.roles.map(
      (r) => spec(
        r.label,
        LABEL_COLORS.role,
        r.duties === "" ? `Incident role: ${r.name}.` : `${r.name}: ${r.duties}`
      )
    ),
    ...LABELLED_STATUSES.map(
      (status) => spec(`${labels.statusPrefix}${status}`, STATUS_COLORS[status], STATUS_DESCRIPTIONS[status])
    )
  ];
}

// src/handlers/ensure-labels.ts
async function ensureRepoLabels(ports, config3) {
  const existing = new Set((await ports.listRepoLabels()).map((l) => l.toLowerCase()));
  const created = [];
  for (const spec2 of labelSpecs(config3)) {
    if (existing.has(spec2.name.toLowerCase())) continue;
    await ports.createRepoLabel(spec2);
    created.push(spec2.name);
  }
  return { created, existing: labelSpecs(config3).length - created.length };
}

// src/core/status-page/escape.ts
var NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function cleanText(text) {
  return text.replace(/\r\n?/g, "\n").replace(NOT_XML, "");
}
function escapeMarkup(text) {
  return cleanText(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
function utcText(iso) {
  const date3 = new Date(iso);
  if (Number.isNaN(date3.getTime())) return iso;
  const s = date3.toISOString();
  return `${s.slice(0, 10)} ${s.slice(11, 16)} UTC`;
}
function isoSeconds(iso) {
  const date3 = new Date(iso);
  return Number.isNaN(date3.getTime()) ? iso : `${date3.toISOString().slice(0, 19)}Z`;
}
function stableKey(text) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = hash * 0x100000001b3n & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

// src/core/status-page/view-model.ts
var STATE_TEXT = {
  operational: "Operational",
  degraded: "Degraded performance",
  "partial-outage": "Partial outage",
  "major-outage": "Major outage",
  maintenance: "Under maintenance"
};
var OVERALL_TEXT = {
  operational: "All systems operational",
  maintenance: "Maintenance in progress",
  incident: "Incident in progress",
  degraded: "Degraded performance",
  "partial-outage": "Partial outage",
  "major-outage": "Major outage"
};
var OVERALL_RANK = [
  "operational",
  "maintenance",
  "incident",
  "degraded",
  "partial-outage",
  "major-outage"
];
var DAY_MS = 864e5;
var byDesc = (a, b) => a < b ? 1 : a > b ? -1 : 0;
function listNames(names) {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
function publicUpdates(state) {
  const seen = /* @__PURE__ */ new Map();
  const updates = state.publicUpdates.map((u) => {
    const index = seen.get(u.commentId) ?? 0;
    seen.set(u.commentId, index + 1);
    return { id: `${u.commentId}-${index}`, at: u.at, text: u.text };
  });
  return updates.sort((a, b) => byDesc(a.at, b.at));
}
function publicIncident(state, config3) {
  if (!state.isIncident || state.isDrill) return null;
  if (!state.open && (state.closeReason === "not_planned" || state.closeReason === "duplicate")) return null;
  const components = config3.components.flatMap((c) => {
    const set = state.components.get(c.id);
    return set === void 0 ? [] : [{ id: c.id, name: c.name, state: set.state, at: set.at }];
  });
  const updates = publicUpdates(state);
  if (updates.length === 0 && components.length === 0) return null;
  const facts = [...updates.map((u) => u.at), ...components.map((c) => c.at)].sort();
  const names = components.map((c) => c.name);
  const title = state.publicTitle ?? (names.length > 0 ? `Incident affecting ${listNames(names)}` : "Service incident");
  return {
    id: `incident-${state.number}`,
    title,
    status: state.open ? "ongoing" : "resolved",
    reportedAt: facts[0],
    resolvedAt: state.open ? null : state.resolvedAt ?? state.closedAt ?? state.lastEventAt,
    components: components.map(({ at: _, ...c }) => c),
    updates
  };
}
function maintenanceProblem(m) {
  if (m.startsAt === null || m.endsAt === null)
    return "its start or end time is missing or not an ISO time (2026-12-01T22:00Z)";
  if (m.endsAt <= m.startsAt) return "it ends before it starts";
  return null;
}
function publicMaintenance(m, config3, now) {
  if (m.cancelled || maintenanceProblem(m) !== null) return null;
  const startsAt = m.startsAt;
  const endsAt = m.endsAt;
  const components = config3.components.filter((c) => m.components.includes(c.id)).map((c) => ({ id: c.id, name: c.name }));
  const names = components.map((c) => c.name);
  return {
    id: `maintenance-${m.number}`,
    title: names.length > 0 ? `Scheduled maintenance of ${listNames(names)}` : "Scheduled maintenance",
    text: m.summary,
    status: now < startsAt ? "scheduled" : now < endsAt ? "in-progress" : "completed",
    startsAt,
    endsAt,
    announcedAt: m.announcedAt,
    components
  };
}
var rank = (state) => COMPONENT_STATES.indexOf(state);
function componentStates(config3, open2, maintenance2) {
  return config3.components.map((c) => {
    const set = open2.flatMap((i) => i.components.filter((x) => x.id === c.id).map((x) => x.state));
    const worst = set.sort((a, b) => rank(b) - rank(a))[0];
    const underMaintenance = maintenance2.some(
      (m) => m.status === "in-progress" && m.components.some((x) => x.id === c.id)
    );
    const state = worst !== void 0 && worst !== "operational" ? worst : underMaintenance ? "maintenance" : "operational";
    return { id: c.id, name: c.name, description: c.description, state };
  });
}
function overall(components, open2, maintenance2) {
  const holding = components.map((c) => c.state);
  if (open2.length > 0) holding.push("incident");
  if (maintenance2.some((m) => m.status === "in-progress")) holding.push("maintenance");
  const state = holding.reduce(
    (worst, s) => OVERALL_RANK.indexOf(s) > OVERALL_RANK.indexOf(worst) ? s : worst,
    "operational"
  );
  return { state, text: OVERALL_TEXT[state] };
}
var MAINTENANCE_ORDER = { "in-progress": 0, scheduled: 1, completed: 2 };
function compareMaintenance(a, b) {
  const order = MAINTENANCE_ORDER[a.status] - MAINTENANCE_ORDER[b.status];
  if (order !== 0) return order;
  if (a.status === "completed") return byDesc(a.endsAt, b.endsAt) || a.id.localeCompare(b.id);
  return a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id);
}
function statusPageView(input) {
  const { config: config3 } = input;
  const now = input.now.toISOString();
  const since = new Date(input.now.getTime() - config3.statusPage.historyDays * DAY_MS).toISOString();
  const shown = input.incidents.flatMap((s) => publicIncident(s, config3) ?? []);
  const open2 = shown.filter((i) => i.status === "ongoing").sort((a, b) => byDesc(a.reportedAt, b.reportedAt) || a.id.localeCompare(b.id));
  const history = shown.filter((i) => i.status === "resolved" && i.resolvedAt >= since).sort((a, b) => byDesc(a.resolvedAt, b.resolvedAt) || a.id.localeCompare(b.id));
  const maintenance2 = input.maintenance.flatMap((m) => publicMaintenance(m, config3, now) ?? []).filter((m) => m.status !== "completed" || m.endsAt >= since).sort(compareMaintenance);
  const components = componentStates(config3, open2, maintenance2);
  return {
    title: config3.statusPage.title,
    url: config3.statusPage.url ?? null,
    generatedAt: now,
    historyDays: config3.statusPage.historyDays,
    feedId: `urn:incident-workflow:status:${stableKey(input.site.toLowerCase())}`,
    overall: overall(components, open2, maintenance2),
    components,
    incidents: open2,
    maintenance: maintenance2,
    history
  };
}

// src/core/board/flow.ts
function proven(state, auto) {
  if (auto === void 0) return false;
  if (auto.startsWith("role:"))
    return state.roles.some((r) => r.role.id === auto.slice(5) && r.holders.length > 0);
  switch (auto) {
    case "status:investigating":
      return true;
    case "status:identified":
      return state.identifiedAt !== null || state.mitigatedAt !== null || state.resolvedAt !== null;
    case "status:mitigated":
      return state.mitigatedAt !== null || state.resolvedAt !== null;
    case "status:resolved":
      return state.resolvedAt !== null;
    case "postmortem":
      return state.postmortem !== null;
    case "severity-confirmed":
      return state.severityConfirmed;
    default:
      return false;
  }
}
function responseFlow(state, steps) {
  return steps.map((step) => {
    const auto = proven(state, step.auto);
    const manual = state.doneSteps.has(step.id.toLowerCase());
    return { id: step.id, title: step.title, done: auto || manual, manual: manual && !auto };
  });
}

// src/core/board/view-model.ts
var DEFAULT_LIMITS = { timeline: 50, text: 300, quote: 1500, followups: 50 };
var STATUS_ICONS = {
  investigating: "\u{1F50E} Investigating",
  identified: "\u{1F3AF} Identified",
  mitigated: "\u{1FA79} Mitigated",
  resolved: "\u2705 Resolved"
};
function contactsFor(state, config3) {
  const level = state.severity?.id;
  return config3.contacts.filter((c) => c.severities.length === 0 || level !== void 0 && c.severities.includes(level)).map((c) => ({
    name: inlineText(c.name, 100),
    people: c.people.map((p) => mention(p.replace(/^@/, ""))).join(", "),
    links: c.links.map((l) => `[${inlineText(l.title, 100)}](${linkUrl(l.url)})`).join(" \xB7 ")
  }));
}
function publicStatus(state, config3) {
  const last = state.publicUpdates.at(-1);
  const components = [...state.components].map(([id2, c]) => {
    const name = config3.components.find((x) => x.id === id2)?.name ?? id2;
    return `${inlineText(name, 100)}: ${c.state}`;
  });
  if (!last && components.length === 0 && state.publicTitle === null) return null;
  const title = publicIncident(state, config3)?.title ?? state.publicTitle;
  return {
    title: title === null ? null : inlineText(title, 256),
    components: components.join(", "),
    update: last ? inlineText(last.text, 300) : null
  };
}
var linkUrl = (url2) => url2.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
function boardView(state, config3, limits) {
  const tz = config3.timeZone;
  const time3 = (iso) => formatTime(iso, tz);
  const level = state.severity;
  const end = state.resolvedAt ?? state.lastEventAt;
  const lastUpdate = state.updates[state.updates.length - 1];
  const cadence = level?.updateCadenceMinutes ?? 0;
  const dueAt = state.open && cadence > 0 ? addMinutes(lastUpdate?.at ?? state.declaredAt, cadence) : null;
  const nextDue = dueAt === null ? null : time3(dueAt);
  const overdue = dueAt !== null && dueAt < state.now;
  const shown = state.timeline.slice(-limits.timeline);
  const hidden = state.timeline.length - shown.length;
  const followups = state.followups.slice(0, limits.followups);
  return {
    number: state.number,
    title: inlineText(state.title, 256),
    drill: state.isDrill,
    notAnIncident: !state.open && state.closeReason === "not_planned",
    severity: level ? { id: level.id, description: inlineText(level.description, 300) } : null,
    responseMode: level ? inlineText(level.responseMode, 300) : "",
    status: STATUS_ICONS[state.status] ?? state.status,
    declared: `${time3(state.declaredAt)} by ${mention(state.declaredBy)}`,
    started: state.startedAt !== state.declaredAt ? time3(state.startedAt) : null,
    duration: `${formatDuration(minutesBetween(state.startedAt, end))}${state.resolvedAt ? "" : ` (as of ${time3(end)}, the latest event)`}`,
    timeToMitigate: state.mitigatedAt ? formatDuration(minutesBetween(state.startedAt, state.mitigatedAt)) : null,
    timeToResolve: state.resolvedAt ? formatDuration(minutesBetween(state.startedAt, state.resolvedAt)) : null,
    nextUpdate: nextDue ? `${overdue ? "\u26A0\uFE0F **overdue** since" : "by"} ${nextDue} (every ${formatDuration(cadence)} at ${level?.id})` : null,
    contacts: contactsFor(state, config3),
    publicStatus: publicStatus(state, config3),
    actionItems: state.actionItems?.map((i) => ({
      done: !i.open,
      text: `[#${i.number}](${i.url}) ${inlineText(i.title, limits.text)}`
    })),
    actionItemsDone: state.actionItems?.filter((i) => !i.open).length ?? 0,
    postmortem: state.postmortem ? `#${state.postmortem.number}` : null,
    roles: state.roles.map((r) => ({
      name: inlineText(r.role.name, 60),
      holders: r.holders.map((h) => mention(h.login)).join(", "),
      since: r.holders[0] ? time3(r.holders[0].since) : "",
      missing: r.required && r.holders.length === 0
    })),
    impact: state.impact ? {
      text: blockText(state.impact.text, limits.quote),
      by: mention(state.impact.by),
      at: time3(state.impact.at)
    } : null,
    update: lastUpdate ? {
      text: blockText(lastUpdate.text, limits.quote),
      by: mention(lastUpdate.by),
      at: time3(lastUpdate.at),
      url: lastUpdate.url
    } : null,
    updateCount: state.updates.length,
    flow: responseFlow(state, level?.flow ?? []).map((f) => ({ ...f, title: inlineText(f.title, 120) })),
    followups: followups.map((f) => ({ text: inlineText(f.text, limits.text), by: mention(f.by) })),
    moreFollowups: state.followups.length - followups.length,
    timeline: shown.map((e) => ({
      at: time3(e.at),
      text: inlineText(e.text, limits.text),
      by: mention(e.by)
    })),
    hiddenEvents: hidden,
    timeZone: tz
  };
}

// src/core/board/render.ts
var BOARD_MAX_LENGTH = 65e3;
function renderBoard(state, config3, template, row) {
  let limits = { ...DEFAULT_LIMITS, timeline: config3.board.timelineLimit };
  const head = [
    BOARD_MARKER,
    ...state.postmortem ? [postmortemMarker(state.postmortem.number, state.postmortem.url)] : [],
    ...row ? [rowMarker({ ...row, updatedAt: "" })] : []
  ].join("\n");
  for (let attempt = 0; attempt < 12; attempt++) {
    const body2 = `${head}
${template(boardView(state, config3, limits)).trim()}
`;
    if (body2.length <= BOARD_MAX_LENGTH) return body2;
    limits = {
      timeline: Math.max(5, Math.floor(limits.timeline / 2)),
      text: Math.max(80, Math.floor(limits.text * 0.7)),
      quote: Math.max(200, Math.floor(limits.quote / 2)),
      followups: Math.max(10, Math.floor(limits.followups / 2))
    };
  }
  const body = `${head}
${template(boardView(state, config3, limits)).trim()}`;
  return `${body.slice(0, BOARD_MAX_LENGTH - 80)}

_The board was cut to fit GitHub's comment limit._
`;
}

// src/core/effects/notify.ts
function planNotifications(state, config3) {
  if (!state.open || !state.isIncident) return [];
  const out = [];
  for (const change of state.severityChanges) {
    if (!change.raised || state.notified.has(change.key)) continue;
    const level = config3.severities.find((s) => s.id === change.to);
    const audience = state.isDrill ? config3.drills.notify : level?.notify ?? [];
    if (!level || audience.length === 0) continue;
    if (state.severity?.id !== level.id) continue;
    const what = state.isDrill ? "drill" : "incident";
    out.push(
      `${notifyMarker(change.key)}
${audience.join(" ")}: ${what} #${state.number} is now **${level.id}**${level.responseMode ? ` (${inlineText(level.responseMode, 200)})` : ""}${state.isDrill ? " \u2014 **a drill, not a real incident**" : ""}.`
    );
  }
  return out;
}

// src/core/zoned-time.ts
var FIELDS = ["year", "month", "day", "hour", "minute", "second"];
var formatters2 = /* @__PURE__ */ new Map();
function formatter2(zone) {
  let format = formatters2.get(zone);
  if (format === void 0) {
    const options = Object.fromEntries(FIELDS.map((f) => [f, "numeric"]));
    format = new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone, hourCycle: "h23" });
    formatters2.set(zone, format);
  }
  return format;
}
function zoneOffset(zone, utc) {
  const fixed = /^([+-])([0-9]{2}):?([0-9]{2})?$/.exec(zone);
  if (fixed) return (fixed[1] === "-" ? -6e4 : 6e4) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const parts = formatter2(zone).formatToParts(new Date(utc));
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = FIELDS.map(
    (f) => Number(parts.find((p) => p.type === f)?.value)
  );
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(utc / 1e3) * 1e3;
}
function fromWall(wall, zone) {
  const first = wall - zoneOffset(zone, wall);
  const second = wall - zoneOffset(zone, first);
  return second === first ? first : wall - zoneOffset(zone, second);
}

// src/core/oncall/rotation.ts
var DAY = 864e5;
var WEEK = 7 * DAY;
var wallDate = (date3) => Date.parse(`${date3.slice(0, 10)}T00:00:00Z`);
function instant(text, zone) {
  const [date3 = "", time3 = "00:00"] = text.replace("T", " ").split(" ");
  const [h = 0, m = 0] = time3.split(":").map(Number);
  return fromWall(wallDate(date3) + (h * 60 + m) * 6e4, zone);
}
function firstHandoff(r) {
  const start = wallDate(r.start);
  const weekday = new Date(start).getUTCDay();
  return start + ((r.handoffDay - weekday + 7) % 7 * DAY + r.handoffMinute * 6e4);
}
function weeklyShift(r, at) {
  const wall0 = firstHandoff(r);
  const handoff2 = (k2) => fromWall(wall0 + k2 * WEEK, r.timeZone);
  let k = Math.floor((at + zoneOffset(r.timeZone, at) - wall0) / WEEK);
  while (handoff2(k + 1) <= at) k++;
  while (handoff2(k) > at) k--;
  const n = r.people.length;
  return { person: r.people[(k % n + n) % n], from: handoff2(k), until: handoff2(k + 1), override: false };
}
function shiftAt(r, at) {
  const weekly = weeklyShift(r, at);
  const ranges = r.overrides.map((o) => ({
    ...o,
    start: instant(o.from, r.timeZone),
    end: instant(o.to, r.timeZone)
  }));
  const covering = ranges.filter((o) => o.start <= at && at < o.end).at(-1);
  if (covering !== void 0) {
    return { person: covering.person, from: covering.start, until: covering.end, override: true };
  }
  const nextOverride = Math.min(...ranges.filter((o) => o.start > at).map((o) => o.start), weekly.until);
  return { ...weekly, until: nextOverride };
}
function onCall(r, at) {
  const now = shiftAt(r, at);
  let next = shiftAt(r, now.until);
  for (let i = 0; i < 4 && next.person.toLowerCase() === now.person.toLowerCase(); i++)
    next = shiftAt(r, next.until);
  return { now, next };
}

// src/core/effects/plan-reminders.ts
var PAGE_WINDOW_MS = 24 * 36e5;
var ms = (iso) => Date.parse(iso);
function addressees(state) {
  const commanders = state.roles.find((r) => r.role.id === "commander")?.holders ?? [];
  const people = commanders.length > 0 ? commanders.map((h) => h.login) : [state.declaredBy];
  return people.map((p) => `@${p}`).join(" ");
}
function planOnCall(state, config3) {
  if (!state.open || ms(state.now) - ms(state.declaredAt) > PAGE_WINDOW_MS) return [];
  const out = [];
  for (const rotation of config3.oncall) {
    const role = state.roles.find((r) => r.role.id === rotation.role);
    if (!role || role.holders.length > 0 || state.oncallPaged.has(rotation.role)) continue;
    const person2 = onCall(rotation, ms(state.now)).now.person;
    const level = state.severity ? ` (**${state.severity.id}**)` : "";
    const what = state.isDrill ? "drill" : "incident";
    const tail = rotation.mentionOnly ? `has no ${role.role.name}. Take the role with \`/role ${rotation.role} me\`.` : `was declared without a ${role.role.name}: you hold the role now. Hand it over with \`/role ${rotation.role} @someone\`.`;
    out.push(
      `${oncallMarker(rotation.role, person2, rotation.mentionOnly ? "mention" : "assign")}
@${person2} you are on call as **${inlineText(role.role.name, 60)}**: ${what} #${state.number}${level} ${tail}
`
    );
  }
  return out;
}
function planReminders(state, config3) {
  if (!state.open || !state.isIncident) return [];
  const out = [];
  const now = ms(state.now);
  const cadence = (state.severity?.updateCadenceMinutes ?? 0) * 6e4;
  if (config3.reminders.updates && cadence > 0) {
    const last = state.updates.at(-1);
    const anchorAt = ms(last?.at ?? state.declaredAt);
    const window = Math.floor((now - anchorAt) / cadence);
    const key = `update:${last?.commentId ?? "declared"}:${window}`;
    if (window >= 1 && !state.reminded.has(key)) {
      const age = formatDuration(Math.round((now - anchorAt) / 6e4));
      const since = last ? `the latest update is ${age} old` : `no update has been posted in ${age}`;
      out.push(
        `${reminderMarker(key)}
${addressees(state)} ${since} on incident #${state.number}: **${state.severity?.id}** asks for one every ${formatDuration(cadence / 6e4)}. Post one with \`/update <text>\`.
`
      );
    }
  }
  const grace = config3.reminders.roleGraceMinutes * 6e4;
  if (grace > 0) {
    for (const [roleId, since] of state.roleEmptySince) {
      const key = `role:${roleId}:${since}`;
      if (now - ms(since) <= grace || state.reminded.has(key)) continue;
      const role = state.roles.find((r) => r.role.id === roleId)?.role;
      if (!role) continue;
      const empty = formatDuration(Math.round((now - ms(since)) / 6e4));
      out.push(
        `${reminderMarker(key)}
${addressees(state)} incident #${state.number} has had no **${inlineText(role.name, 60)}** for ${empty}; **${state.severity?.id}** requires one. Give the role with \`/role ${roleId} @someone\`.
`
      );
    }
  }
  return out;
}
function wakeAt(state, config3) {
  if (!state.open || !state.isIncident) return null;
  const now = ms(state.now);
  const times = [];
  const cadence = (state.severity?.updateCadenceMinutes ?? 0) * 6e4;
  if (cadence > 0) {
    const anchor2 = ms(state.updates.at(-1)?.at ?? state.declaredAt);
    times.push(anchor2 + (Math.floor((now - anchor2) / cadence) + 1) * cadence);
  }
  const grace = config3.reminders.roleGraceMinutes * 6e4;
  for (const since of state.roleEmptySince.values()) if (grace > 0) times.push(ms(since) + grace + 1e3);
  const next = times.filter((t) => t > now).sort((a, b) => a - b)[0];
  return next === void 0 ? null : new Date(next).toISOString();
}

// src/core/effects/plan-effects.ts
var same2 = (a, b) => a.toLowerCase() === b.toLowerCase();
function planLabels(state, config3, effects) {
  const want = (label, present) => {
    const has = hasLabel(state.labels, label);
    if (present && !has) effects.addLabels.push(label);
    if (!present && has) effects.removeLabels.push(label);
  };
  for (const level of config3.severities) want(level.label, state.severity?.id === level.id);
  if (state.open) {
    for (const status of LABELLED_STATUSES) want(statusLabel(config3, status), state.status === status);
  }
  for (const role of state.roles) want(role.role.label, role.holders.length > 0);
  if (!state.open && state.closeReason === "not_planned") want(config3.labels.notAnIncident, true);
}
function planAssignees(state, effects) {
  const holders = state.roles.flatMap((r) => r.holders);
  const assigned = (login2) => state.assignees.some((a) => same2(a, login2));
  for (const holder of holders) {
    const unassigned = state.unassignedByPeople.get(holder.login.toLowerCase());
    if (assigned(holder.login) || unassigned !== void 0 && unassigned >= holder.grantedAt) continue;
    if (!effects.addAssignees.some((a) => same2(a, holder.login))) effects.addAssignees.push(holder.login);
  }
  for (const login2 of state.assignees) {
    const holds = holders.some((h) => same2(h.login, login2));
    if (!holds && state.assignedBySelf.has(login2.toLowerCase())) effects.removeAssignees.push(login2);
  }
}
function planAnswers(state, effects) {
  for (const answer of state.answers) {
    if (answer.accepted > 0 && answer.plusOnes === 0) effects.reactions.push(answer.commentId);
    const answeredBefore = answer.accepted === 0 && answer.plusOnes > 0;
    if (answer.lines.length === 0 || state.repliedTo.has(answer.commentId) || answeredBefore) continue;
    effects.comments.push(
      `${replyMarker(answer.commentId)}
@${answer.author}

${answer.lines.join("\n\n")}
`
    );
  }
}
function planEffects(state, config3) {
  const effects = {
    addLabels: [],
    removeLabels: [],
    addAssignees: [],
    removeAssignees: [],
    close: null,
    comments: [],
    reactions: []
  };
  if (!state.isIncident) return effects;
  planLabels(state, config3, effects);
  planAssignees(state, effects);
  if (state.open && state.resolveRequested) effects.close = "completed";
  planAnswers(state, effects);
  effects.comments.push(...planNotifications(state, config3));
  effects.comments.push(...planOnCall(state, config3), ...planReminders(state, config3));
  return effects;
}

// src/core/issue-form.ts
var INCIDENT_FORM_LABELS = {
  summary: "Summary",
  impact: "Impact",
  severity: "Severity",
  startedAt: "Started at",
  links: "Links"
};
var NO_RESPONSE = "_No response_";
var HEADING = /^###[ \t]+(.+?)[ \t]*#*[ \t]*$/;
function fieldOf(label) {
  const wanted = label.trim().toLowerCase();
  for (const [field2, text] of Object.entries(INCIDENT_FORM_LABELS)) {
    if (text.toLowerCase() === wanted) return field2;
  }
  return void 0;
}
function sections(body) {
  const out = /* @__PURE__ */ new Map();
  let current;
  let lines = [];
  const flush = () => {
    if (current === void 0 || out.has(current)) return;
    const value = lines.join("\n").trim();
    if (value !== "" && value !== NO_RESPONSE) out.set(current, value);
  };
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    const match = HEADING.exec(line);
    const field2 = match?.[1] === void 0 ? void 0 : fieldOf(match[1]);
    if (field2 !== void 0) {
      flush();
      current = field2;
      lines = [];
    } else if (current !== void 0) {
      lines.push(line);
    }
  }
  flush();
  return out;
}
function severityFromChoice(choice, config3) {
  const text = choice.trim();
  if (/^unsure\b/i.test(text)) return (config3.severities[1] ?? config3.severities[0])?.id;
  const word = text.split(/\s+/)[0]?.toLowerCase() ?? "";
  if (word === "") return void 0;
  const named = config3.severities.find((s) => s.id.toLowerCase() === word || s.label.toLowerCase() === word);
  if (named !== void 0) return named.id;
  const rank2 = /(\d+)$/.exec(word)?.[1];
  const ranked = rank2 === void 0 ? void 0 : config3.severities.find((s) => s.rank === Number(rank2));
  return ranked?.id;
}
var ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
function zoneOffsetMinutes(utcMs, timeZone) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric"
  }).formatToParts(new Date(utcMs));
  const part = (type) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second")
  );
  return Math.round((wall - Math.floor(utcMs / 1e3) * 1e3) / 6e4);
}
function zoneSuffixMinutes(zone) {
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0"));
}
function parseIsoTime(text, timeZone) {
  const m = ISO_TIME.exec(text.trim());
  if (m === null) return void 0;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "0", zone] = m;
  const ms2 = Math.round(Number(`0.${frac}`) * 1e3);
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms2);
  const check = new Date(wall);
  if (Number.isNaN(wall) || check.getUTCFullYear() !== Number(y) || check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || check.getUTCHours() !== Number(h) || check.getUTCMinutes() !== Number(mi)) {
    return void 0;
  }
  if (zone !== void 0) return new Date(wall - zoneSuffixMinutes(zone) * 6e4).toISOString();
  const guess = wall - zoneOffsetMinutes(wall, timeZone) * 6e4;
  return new Date(wall - zoneOffsetMinutes(guess, timeZone) * 6e4).toISOString();
}
function parseIncidentForm(body, config3) {
  const found = sections(body ?? "");
  const form = {};
  const summary = found.get("summary");
  if (summary !== void 0) form.summary = summary;
  const impact = found.get("impact");
  if (impact !== void 0) form.impact = impact;
  const choice = found.get("severity");
  const severity = choice === void 0 ? void 0 : severityFromChoice(choice, config3);
  if (severity !== void 0) form.severity = severity;
  const startedAt = found.get("startedAt");
  if (startedAt !== void 0) form.startedAt = parseIsoTime(startedAt, config3.timeZone) ?? startedAt;
  const links = found.get("links");
  if (links !== void 0) form.links = links;
  return form;
}
function isIncidentForm(body) {
  const headings = (body ?? "").replace(/\r\n?/g, "\n").split("\n").flatMap((line) => {
    const field2 = HEADING.exec(line)?.[1];
    return field2 === void 0 ? [] : [fieldOf(field2)];
  }).filter((f) => f !== void 0);
  const order = Object.keys(INCIDENT_FORM_LABELS);
  return headings.length === order.length && headings.every((f, i) => f === order[i]);
}

// src/core/postmortem/action-items.ts
import { createHash } from "node:crypto";
var LOGIN = /(?:^|[^\w@`])@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![\w/-])/;
var ITEM = /^\s{0,3}[-*+]\s+\[([ xX])\]\s+(.+?)\s*$/;
function frontMatter(document, field2) {
  const block = /^---\n([\s\S]*?)\n---/.exec(document.replace(/\r\n?/g, "\n"))?.[1] ?? "";
  const line = block.split("\n").find((l) => l.startsWith(`${field2}:`));
  if (line === void 0) return null;
  const raw = line.slice(field2.length + 1).trim();
  if (raw === "null" || raw === "~" || raw === "") return null;
  const quoted2 = /^"(.*)"$/.exec(raw) ?? /^'(.*)'$/.exec(raw);
  return quoted2 ? (quoted2[1] ?? "").replace(/\\"/g, '"') : raw;
}
function parseActionItems(document) {
  const lines = document.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((l) => /^##\s+action items\s*$/i.test(l.trim()));
  if (start < 0) return [];
  const items = [];
  let fence = false;
  for (const line of lines.slice(start + 1)) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    if (/^##\s/.test(line)) break;
    const m = ITEM.exec(line);
    if (!m) continue;
    const text = (m[2] ?? "").trim();
    const assignee = LOGIN.exec(text)?.[1] ?? null;
    const normalised = text.replace(/\s+/g, " ").toLowerCase();
    items.push({
      text,
      assignee: assignee?.endsWith("[bot]") ? null : assignee,
      done: m[1] !== " ",
      key: createHash("sha1").update(normalised).digest("hex").slice(0, 12)
    });
  }
  return items;
}
var actionItemMarker = (incident2, pull, key) => `${MARKER_PREFIX}action-item:${incident2}:${pull}:${key} -->`;
function readActionItemMarker(body) {
  const m = /<!-- incident-workflow:action-item:(\d+):(\d+):([0-9a-f]+) -->/.exec(body);
  return m ? { incident: Number(m[1]), pull: Number(m[2]), key: m[3] ?? "" } : null;
}
var dueMarker = (date3) => `${MARKER_PREFIX}due:${date3} -->`;
var readDueMarker = (body) => /<!-- incident-workflow:due:(\d{4}-\d{2}-\d{2}) -->/.exec(body)?.[1] ?? null;
function dueDays(config3, severity) {
  const days = config3.actionItems.dueDays;
  if (severity !== null && days[severity] !== void 0) return days[severity];
  if (days.default !== void 0) return days.default;
  const rank2 = config3.severities.find((s) => s.id === severity)?.rank ?? 3;
  return rank2 === 1 ? 14 : rank2 === 2 ? 30 : 60;
}
function actionItemIssue(input) {
  const { item, pull, incident: incident2 } = input;
  const title = item.text.replace(/\s*\(@[\w-]+\)\s*$/, "").replace(/\s+/g, " ").trim().slice(0, 240);
  const body = [
    `**Action item** from the postmortem of incident #${incident2} (${pull.url}, \`${input.document}\`).`,
    "",
    `> ${inlineText(item.text, 1e3)}`,
    "",
    `**Due:** ${input.due}${input.severity ? ` (${input.severity})` : ""}`,
    "",
    actionItemMarker(incident2, pull.number, item.key),
    dueMarker(input.due)
  ].join("\n");
  return { title: title === "" ? "Action item" : title, body };
}

// src/core/state/decisions.ts
var same3 = (a, b) => a.toLowerCase() === b.toLowerCase();
var holdsRole = (acc, roleId, login2) => (acc.holders.get(roleId) ?? []).some((h) => same3(h.login, login2));
var link = (source) => source.url === void 0 ? {} : { url: source.url };
function decideSeverity(acc, level, source) {
  const s = acc.state;
  acc.severityPendingSince = null;
  if (holdsRole(acc, "decider", source.by)) s.severityConfirmed = true;
  if (s.severity?.id === level.id) return;
  const from = s.severity ?? acc.removedSeverity;
  acc.removedSeverity = null;
  const count = s.severityChanges.filter((c) => c.to === level.id).length;
  const raised = from === null || level.rank < from.rank;
  s.severityChanges.push({
    from: from?.id ?? null,
    to: level.id,
    by: source.by,
    at: source.at,
    raised,
    key: `${level.id}:${count + 1}`
  });
  s.severity = level;
  s.timeline.push({
    at: source.at,
    by: source.by,
    kind: "severity",
    text: (from === null ? `Severity set to ${level.id}` : `Severity ${raised ? "raised" : "lowered"} ${from.id} \u2192 ${level.id}`) + (source.note === void 0 ? "" : ` (${source.note})`),
    ...link(source)
  });
}
function dropSeverity(acc, level, source) {
  const s = acc.state;
  if (s.severity?.id !== level.id) return;
  const remaining = acc.severityOrder.filter((l) => l.id !== level.id);
  const fallback = remaining[remaining.length - 1];
  if (fallback !== void 0) {
    decideSeverity(acc, fallback, source);
    return;
  }
  s.severity = null;
  acc.removedSeverity = level;
  acc.severityPendingSince = source.at;
}
var SEVERITY_GRACE_MS = 12e4;
function settleSeverity(acc) {
  const since = acc.severityPendingSince;
  if (since === null || !acc.state.isIncident) return;
  const level = acc.implicitSeverity;
  if (level === null) return;
  const note = acc.formSeverity ? "from the issue form" : "the default level";
  decideSeverity(acc, level, { by: acc.state.declaredBy, at: since, note });
}
function settlesSeverity(acc, at) {
  const since = acc.severityPendingSince;
  return since !== null && Date.parse(at) - Date.parse(since) > SEVERITY_GRACE_MS;
}
function decideStatus(acc, status, source) {
  const s = acc.state;
  if (s.status === status) return;
  s.status = status;
  if (status === "identified" && s.identifiedAt === null) s.identifiedAt = source.at;
  if (status === "mitigated" && s.mitigatedAt === null) s.mitigatedAt = source.at;
  s.timeline.push({
    at: source.at,
    by: source.by,
    kind: "status",
    text: `Status: ${status}`,
    ...link(source)
  });
}
function grantRole(acc, role, login2, source, text) {
  const current = acc.holders.get(role.id) ?? [];
  const existing = current.find((h) => same3(h.login, login2));
  if (existing !== void 0) {
    existing.grantedAt = source.at;
    return;
  }
  const holder = { login: login2, since: source.at, by: source.by, grantedAt: source.at };
  if (role.id === "commander") acc.state.acknowledgedAt ??= source.at;
  acc.holders.set(role.id, role.multiple ? [...current, holder] : [holder]);
  acc.state.timeline.push({ at: source.at, by: source.by, kind: "role", text, ...link(source) });
}
function freeRole(acc, role, login2, source) {
  const current = acc.holders.get(role.id) ?? [];
  const left = login2 === void 0 ? [] : current.filter((h) => !same3(h.login, login2));
  if (left.length === current.length) return;
  acc.holders.set(role.id, left);
  if (left.length === 0) acc.roleFreedAt.set(role.id, source.at);
  acc.state.timeline.push({
    at: source.at,
    by: source.by,
    kind: "role",
    text: login2 === void 0 ? `${role.name} role freed` : `@${login2} is no longer ${role.name}`,
    ...link(source)
  });
}

// src/core/commands/authorize.ts
function authorize(command, author, config3, roles) {
  const allowed = config3.commands.allow.includes(author.association) || config3.commands.allowUsers.some((u) => u.toLowerCase() === author.login.toLowerCase());
  if (!allowed) {
    return {
      ok: false,
      reason: `only ${config3.commands.allow.map((a) => a.toLowerCase()).join(", ")} accounts of this repository may run incident commands (you are ${author.association.toLowerCase().replaceAll("_", " ")})`
    };
  }
  const sevRoles = config3.commands.sevRoles;
  if (command.kind === "sev" && sevRoles.length > 0) {
    const holds = roles.some(
      (r) => sevRoles.includes(r.role.id) && r.holders.some((h) => h.login.toLowerCase() === author.login.toLowerCase())
    );
    if (!holds) return { ok: false, reason: `only the ${sevRoles.join(" or ")} may change the severity` };
  }
  return { ok: true };
}

// src/core/commands/quote.ts
var quote = (word) => JSON.stringify([...word].slice(0, 40).join(""));

// src/core/commands/started-time.ts
var ZONE = "(Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)";
var HMS = "([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\\.[0-9]+)?)?";
var ABSOLUTE = new RegExp(`^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T|\\s+)${HMS}\\s*${ZONE}?$`, "i");
var CLOCK = new RegExp(`^()()()${HMS}\\s*${ZONE}?$`, "i");
var RELATIVE = /^((?:[0-9]{1,6}\s*[a-z]+[\s,]*)+)ago$/i;
var UNIT_MS = [
  [/^(s|secs?|seconds?)$/i, 1e3],
  [/^(m|mins?|minutes?)$/i, 6e4],
  [/^(h|hrs?|hours?)$/i, 36e5],
  [/^(d|days?)$/i, 864e5]
];
var SKEW_MS = 5 * 6e4;
function parseStartedTime(args, now, timeZone) {
  const text = args.trim();
  const nowMs = now.getTime();
  const usage = `use /started 2024-05-01 14:05, /started 14:05 or /started 30m ago (without a zone: ${timeZone})`;
  const fail2 = (why) => ({ reason: text === "" ? usage : `${why} ${quote(text)}; ${usage}` });
  const m = text.length > 60 ? null : ABSOLUTE.exec(text) ?? CLOCK.exec(text);
  let at;
  if (text.toLowerCase() === "now") at = nowMs;
  else if (m) {
    const zone = m[7] ?? timeZone;
    const today = new Date(nowMs + zoneOffset(zone, nowMs));
    const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((v) => v ? Number(v) : void 0);
    const date3 = m[1] ? [y ?? 0, (mo ?? 0) - 1, d ?? 0] : [today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()];
    const [year = 0, month = 0, day = 0] = date3;
    const wall = Date.UTC(year, month, day, h, mi, s);
    const check = new Date(wall);
    if (year < 1970 || check.getUTCMonth() !== month || check.getUTCDate() !== day || h > 23 || mi > 59 || s > 59) {
      return fail2("not a valid time:");
    }
    at = fromWall(wall, zone);
    if (at > nowMs + SKEW_MS && m[1]) return fail2("in the future:");
    if (at > nowMs + SKEW_MS) at = fromWall(wall - 864e5, zone);
  } else {
    const rel = text.length > 60 ? null : RELATIVE.exec(text);
    if (!rel) return fail2("cannot read the time");
    at = nowMs;
    for (const [, n, unit = ""] of rel[1].matchAll(/([0-9]+)\s*([a-z]+)/gi)) {
      const factor = UNIT_MS.find(([re]) => re.test(unit))?.[1];
      if (factor === void 0) return fail2(`unknown unit ${quote(unit)} in`);
      at -= Number(n) * factor;
    }
  }
  return { at: new Date(Math.min(at, nowMs)).toISOString() };
}

// src/core/commands/users.ts
var LOGIN2 = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var TEAM = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9_.-]+$/;
function parseUsers(words) {
  const users = [];
  const seen = /* @__PURE__ */ new Set();
  for (const word of words) {
    const w = word.replace(/[.;:!?]+$/, "");
    const lower = w.toLowerCase();
    if (w === "" || lower === "and" || w === "&") continue;
    if (lower === "me" || lower === "@me") {
      if (!seen.has("@me")) users.push({ me: true });
      seen.add("@me");
    } else if (w.startsWith("@") && LOGIN2.test(w.slice(1))) {
      if (!seen.has(lower.slice(1))) users.push({ login: w.slice(1) });
      seen.add(lower.slice(1));
    } else if (TEAM.test(w.replace(/^@/, ""))) {
      return { reason: `${quote(w)} is a team; roles are held by people: name them as @login or me` };
    } else {
      return { reason: `${quote(w)} is not a person: name people as @login or me` };
    }
  }
  return { users };
}

// src/core/commands/handlers.ts
var MAX_TITLE = 256;
var invalid = (name, reason) => ({ kind: "invalid", name, reason });
var firstWord = (args) => {
  const m = /^(\S+)\s*(.*)$/s.exec(args.trim());
  return m ? [m[1], m[2]] : ["", ""];
};
var withText = (body, text) => text === "" ? body : { ...body, text };
function levels(config3) {
  const ids = config3.severities.map((s) => s.id);
  return `${ids.slice(0, -1).join(", ")}${ids.length > 1 ? " or " : ""}${ids.at(-1)} (or 1-${ids.length})`;
}
function roleCommand(typed, role, words) {
  const usage = typed === "role" ? `/role ${role.id} <@user|me>\u2026` : `/${typed} <@user|me>\u2026`;
  const name = typed === "role" ? "role" : role.id;
  const parsed = parseUsers(words);
  if ("reason" in parsed) return invalid(name, `${parsed.reason} (usage: ${usage})`);
  if (parsed.users.length === 0) return invalid(name, `name at least one person: ${usage}`);
  if (!role.multiple && parsed.users.length > 1) {
    return invalid(name, `${role.id} is held by one person at a time: ${usage.replace("\u2026", "")}`);
  }
  return { kind: "role", role: role.id, users: parsed.users };
}
var unknownRole = (word, config3, usage) => `unknown role ${quote(word)}; the roles are ${config3.roles.map((r) => r.id).join(", ")} (usage: ${usage})`;
var textCommand = (kind) => (args) => {
  const text = args.trim();
  return text === "" ? invalid(kind, `usage: /${kind} <text>`) : { kind, text };
};
var HANDLERS = {
  declare(args, config3) {
    const usage = "usage: /declare [--drill] [SEVn] <title>";
    const drill = /(^|\s)--drill(?=\s|$)/i.test(args);
    const rest0 = args.replace(/(^|\s)--drill(?=\s|$)/i, " ").trim();
    const [word, rest] = firstWord(rest0);
    const level = word === "" ? void 0 : resolveSeverity(word, config3, false);
    if (!level && SEV_N.test(word))
      return invalid("declare", `there is no level ${quote(word)}: use ${levels(config3)}; ${usage}`);
    const title = level ? rest : rest0;
    if (title === "") return invalid("declare", `give the incident a title: ${usage}`);
    if ([...title].length > MAX_TITLE)
      return invalid("declare", `the title is longer than ${MAX_TITLE} characters`);
    return {
      kind: "declare",
      title,
      ...level ? { severity: level.id } : {},
      ...drill ? { drill: true } : {}
    };
  },
  sev(args, config3) {
    const [word, rest] = firstWord(args);
    if (word === "") return invalid("sev", `usage: /sev <level>, one of ${levels(config3)}`);
    const level = resolveSeverity(word, config3);
    if (!level) return invalid("sev", `there is no level ${quote(word)}: use /sev with ${levels(config3)}`);
    return withText({ kind: "sev", severity: level.id }, rest);
  },
  role(args, config3) {
    const [word, ...users] = args.trim().split(/[\s,]+/);
    const usage = "/role <role> <@user|me>\u2026";
    if (!word) return invalid("role", `usage: ${usage}`);
    const role = resolveRole(word, config3);
    return role ? roleCommand("role", role, users) : invalid("role", unknownRole(word, config3, usage));
  },
  unrole(args, config3) {
    const [word, ...rest] = args.trim().split(/[\s,]+/);
    const usage = "/unrole <role> [@user|me]";
    if (!word) return invalid("unrole", `usage: ${usage}`);
    const role = resolveRole(word, config3);
    if (!role) return invalid("unrole", unknownRole(word, config3, usage));
    const parsed = parseUsers(rest);
    if ("reason" in parsed) return invalid("unrole", `${parsed.reason} (usage: ${usage})`);
    if (parsed.users.length > 1) return invalid("unrole", `name one person at a time: ${usage}`);
    const [user] = parsed.users;
    return user ? { kind: "unrole", role: role.id, user } : { kind: "unrole", role: role.id };
  },
  status(args, config3) {
    const [word, rest] = firstWord(args);
    const prefix = config3.labels.statusPrefix.toLowerCase();
    const lower = word.toLowerCase();
    const status = lower.startsWith(prefix) ? lower.slice(prefix.length) : lower;
    const usage = "use /status investigating, /status identified or /status mitigated";
    if (status === "resolved")
      return invalid("status", "resolved is not a status: close the incident with /resolve [summary]");
    if (!LABELLED_STATUSES.includes(status)) {
      return invalid("status", word === "" ? usage : `unknown status ${quote(word)}: ${usage}`);
    }
    return withText({ kind: "status", status }, rest);
  },
  update: textCommand("update"),
  impact: textCommand("impact"),
  note: textCommand("note"),
  followup: textCommand("followup"),
  done(args, config3) {
    const [word, rest] = firstWord(args);
    const steps = [...new Set(config3.severities.flatMap((s) => s.flow.map((f) => f.id)))];
    const step = steps.find((id2) => id2.toLowerCase() === word.toLowerCase());
    if (!step) {
      const known = `the steps are ${steps.join(", ")}`;
      return invalid(
        "done",
        word === "" ? `usage: /done <step>; ${known}` : `unknown step ${quote(word)}; ${known}`
      );
    }
    return withText({ kind: "done", step }, rest);
  },
  started(args, config3, now) {
    const result = parseStartedTime(args, now, config3.timeZone);
    return "at" in result ? { kind: "started", at: result.at } : invalid("started", result.reason);
  },
  resolve(args) {
    const text = args.trim();
    return text === "" ? { kind: "resolve" } : { kind: "resolve", text };
  },
  timeline(args, config3, now) {
    const words = args.trim().split(/\s+/);
    const usage = "usage: /timeline <time> <what happened>, e.g. /timeline 09:12 errors started";
    for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
      const parsed = parseStartedTime(words.slice(0, n).join(" "), now, config3.timeZone);
      if ("at" in parsed) return { kind: "timeline", at: parsed.at, text: words.slice(n).join(" ") };
    }
    const alone = parseStartedTime(args, now, config3.timeZone);
    if ("at" in alone || args.trim() === "") return invalid("timeline", usage);
    return invalid("timeline", `cannot read a time at the start of ${quote(args.trim())}; ${usage}`);
  },
  oncall: () => ({ kind: "oncall" }),
  public(args) {
    const text = args.trim();
    return text === "" ? invalid("public", "usage: /public <text for the status page>") : { kind: "public", text };
  },
  "public-title"(args) {
    const text = args.trim();
    if (text === "") return invalid("public-title", "usage: /public-title <title for the status page>");
    if ([...text].length > MAX_TITLE)
      return invalid("public-title", `the title is longer than ${MAX_TITLE} characters`);
    return { kind: "public-title", text };
  },
  component(args, config3) {
    const words = args.trim().toLowerCase().split(/[\s,]+/).filter((w) => w !== "");
    const states = COMPONENT_STATES.join(", ");
    const usage = `usage: /component <id>\u2026 <state>; the states are ${states}`;
    const ids = config3.components.map((c) => c.id);
    if (ids.length === 0)
      return invalid("component", "no components are configured (`components` in .github/incidents.yml)");
    const state = words.at(-1)?.replace(/_/g, "-");
    if (words.length < 2 || !COMPONENT_STATES.includes(state ?? ""))
      return invalid(
        "component",
        words.length === 0 ? usage : `unknown state ${quote(words.at(-1) ?? "")}; ${usage}`
      );
    const components = [];
    for (const word of words.slice(0, -1)) {
      const id2 = ids.find((c) => c.toLowerCase() === word);
      if (!id2)
        return invalid("component", `unknown component ${quote(word)}; the components are ${ids.join(", ")}`);
      if (!components.includes(id2)) components.push(id2);
    }
    return { kind: "component", components, state };
  },
  help: () => ({ kind: "help" })
};
var ALIASES = { severity: "sev", "follow-up": "followup" };

// src/core/commands/types.ts
var COMMAND_HELP = [
  {
    usage: "/declare [--drill] [SEVn] <title>",
    summary: "Open a new incident (at the default level when none is given); `--drill` for practice."
  },
  { usage: "/sev <level>", summary: "Set the severity: `/sev 1`, `/sev SEV1` (1 is the most severe)." },
  {
    usage: "/role <role> <@user|me>\u2026",
    summary: "Give a role to someone (several people for multi-person roles)."
  },
  { usage: "/<role> <@user|me>\u2026", summary: "Shorthand, e.g. `/commander me`, `/responder @a @b`." },
  {
    usage: "/unrole <role> [@user|me]",
    summary: "Take a role back (from everyone holding it when nobody is named)."
  },
  { usage: "/status <investigating|identified|mitigated>", summary: "Move the incident to a new status." },
  { usage: "/update <text>", summary: "Post a status update; the next one is due a cadence later." },
  { usage: "/impact <text>", summary: "Say who or what is affected." },
  { usage: "/note <text>", summary: "Add a note to the timeline." },
  { usage: "/followup <text>", summary: "Record a follow-up action for the postmortem." },
  { usage: "/done <step>", summary: "Tick a step of the response checklist." },
  {
    usage: "/started <time>",
    summary: "When impact began: `2024-05-01 14:05`, `14:05`, `30m ago` or ISO 8601."
  },
  {
    usage: "/timeline <time> <text>",
    summary: "Add a back-dated entry: `/timeline 09:12 errors started`, `/timeline 40m ago deploy 4512`."
  },
  { usage: "/oncall", summary: "Who is on call now, and who is next." },
  {
    usage: "/public <text>",
    summary: "Post an update to the public status page (nothing else leaves the repository)."
  },
  { usage: "/public-title <text>", summary: "The incident's title on the public status page." },
  {
    usage: "/component <id>\u2026 <state>",
    summary: "Set components' state on the status page: operational, degraded, partial-outage or major-outage."
  },
  { usage: "/resolve [summary]", summary: "Resolve the incident and close the issue." },
  { usage: "/help", summary: "Show this help." }
];

// src/core/commands/help.ts
function helpMarkdown(config3) {
  const cell = (s) => s.replaceAll("|", "\\|");
  const rows = COMMAND_HELP.map((c) => `| \`${cell(c.usage)}\` | ${cell(c.summary)} |`);
  const sevs = config3.severities.map(
    (s) => `\`${s.id}\` (${s.rank}${s.label === s.id ? "" : `, label ${inlineText(s.label, 50)}`})`
  );
  const roles = config3.roles.map((r) => `\`${r.id}\`${r.multiple ? " (several people)" : ""}`);
  return [
    "**Incident commands**: one per line, each at the start of its line.",
    "",
    "| Command | What it does |",
    "| --- | --- |",
    ...rows,
    "",
    `**Levels:** ${sevs.join(", ")}. **Roles:** ${roles.join(", ")}.`,
    `Times without a zone are read as ${inlineText(config3.timeZone, 60)}.`
  ].join("\n");
}

// src/core/commands/parse.ts
var COMMAND_LINE2 = /^ {0,3}\/([A-Za-z][A-Za-z0-9_-]{0,39})(?:\s+(.*))?$/s;
var FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
var QUOTE = /^ {0,3}>/;
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(next[j - 1] + 1, row[j] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}
function unknown2(name, config3) {
  const names = [...Object.keys(HANDLERS), ...config3.roles.map((r) => r.id.toLowerCase())];
  let best;
  let bestDistance = name.length < 4 ? 1 : 2;
  for (const candidate of names) {
    const d = distance(name, candidate);
    if (d <= bestDistance && (best === void 0 || d < bestDistance)) [best, bestDistance] = [candidate, d];
  }
  return best === void 0 ? { kind: "unknown", name } : { kind: "unknown", name, suggestion: best };
}
function parseCommand(rawName, args, config3, now) {
  const name = rawName.toLowerCase();
  const canonical = ALIASES[name] ?? name;
  const handler = Object.hasOwn(HANDLERS, canonical) ? HANDLERS[canonical] : void 0;
  if (handler) return handler(args, config3, now);
  const sev = SEV_N.exec(name);
  if (sev) return HANDLERS.sev(`${sev[1]} ${args}`, config3, now);
  const role = resolveRole(name, config3);
  if (role) return roleCommand(name, role, args.trim().split(/[\s,]+/));
  return unknown2(name, config3);
}
function insideHtmlComment(line, open2) {
  let inside = open2;
  for (let at = 0; ; ) {
    const next = inside ? line.indexOf("-->", at) : line.indexOf("<!--", at);
    if (next < 0) return inside;
    at = next + (inside ? 3 : 4);
    inside = !inside;
  }
}
function parseCommands(body, config3, options = {}) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const commands = [];
  let fence;
  let inHtmlComment = false;
  for (let start = 0, index = 0; start <= body.length; index++) {
    const end = lineEnd(body, start);
    const raw = body.slice(start, end);
    start = end + (body.charCodeAt(end) === 13 && body.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(raw)?.[1];
      if (close?.[0] === fence.char && close.length >= fence.length) fence = void 0;
      continue;
    }
    if (inHtmlComment) {
      inHtmlComment = insideHtmlComment(raw, true);
      continue;
    }
    const open2 = FENCE_OPEN.exec(raw);
    if (open2 && !(open2[1].startsWith("`") && open2[2].includes("`"))) {
      fence = { char: open2[1][0], length: open2[1].length };
      continue;
    }
    if (QUOTE.test(raw)) continue;
    const m = COMMAND_LINE2.exec(raw);
    if (m) commands.push({ ...parseCommand(m[1], m[2] ?? "", config3, now), line: index + 1, raw });
    inHtmlComment = insideHtmlComment(raw, false);
  }
  return commands;
}
function lineEnd(text, start) {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

// src/core/oncall/describe.ts
function oncallAnswer(config3, at) {
  if (config3.oncall.length === 0) {
    return "No on-call rotation is configured (`oncall` in `.github/incidents.yml`).";
  }
  const when = Date.parse(at);
  const lines = config3.oncall.map((r) => {
    const role = config3.roles.find((x) => x.id === r.role)?.name ?? r.role;
    const { now, next } = onCall(r, when);
    const until = formatTime(new Date(now.until).toISOString(), r.timeZone);
    return `| ${role} | ${mention(now.person)}${now.override ? " (override)" : ""} | ${until} | ${mention(next.person)} |`;
  });
  return [
    `**On call** at ${formatTime(at, config3.timeZone)}:`,
    "",
    "| Role | Now | Until | Next |",
    "| --- | --- | --- | --- |",
    ...lines
  ].join("\n");
}

// src/core/state/answer.ts
var quoted = (raw) => `**${inlineText(raw, 120)}**`;
function commandAnswerLine(config3, command, at) {
  switch (command.kind) {
    case "oncall":
      return oncallAnswer(config3, at);
    case "declare":
      return `${quoted(command.raw)}: this issue is already an incident.`;
    case "help":
      return helpMarkdown(config3);
    case "unknown":
      return `${quoted(command.raw)}: unknown command.

${helpMarkdown(config3)}`;
    case "invalid":
      return `${quoted(command.raw)}: ${inlineText(command.reason, 300)}`;
    default:
      return null;
  }
}
var refusalLine = (command, reason) => `${quoted(command.raw)} was not run: ${reason}.`;

// src/core/state/fold-comments.ts
function foldBotComment(acc, event) {
  const s = acc.state;
  const body = event.body;
  if (body.startsWith(BOARD_MARKER)) {
    if (s.board === null) s.board = { id: event.id, body };
    else s.extraBoards.push(event.id);
    s.postmortem ??= readPostmortemMarker(body);
    return;
  }
  if (body.startsWith(CONFIG_PROBLEMS_MARKER)) {
    s.configErrorComment ??= { id: event.id, body };
    return;
  }
  if (body.startsWith(POSTMORTEM_FAILED_MARKER) && !s.open) s.postmortemFailed = true;
  const items = readActionItemsMarker(body);
  if (items !== null && !s.actionItemPulls.includes(items)) s.actionItemPulls.push(items);
  const reminder = readReminderMarker(body);
  if (reminder !== null) s.reminded.add(reminder);
  const paged = readOncallMarker(body);
  if (paged !== null) {
    s.oncallPaged.add(paged.role);
    const role = acc.config.roles.find((r) => r.id === paged.role);
    if (role && paged.assign) {
      const source = { by: event.actor.login, at: event.at, url: event.url };
      grantRole(acc, role, paged.login, source, `@${paged.login} is ${role.name} (on call)`);
    }
    return;
  }
  const replyTo = readReplyMarker(body);
  if (replyTo !== null) s.repliedTo.add(replyTo);
  const notified = readNotifyMarker(body);
  if (notified !== null) s.notified.add(notified);
  const postmortem = readPostmortemMarker(body);
  if (postmortem !== null) s.postmortem = postmortem;
  if (body.startsWith(ALERT_MARKER)) {
    const firstLine2 = body.slice(ALERT_MARKER.length).trim().split("\n")[0] ?? "";
    s.timeline.push({ at: event.at, by: event.actor.login, kind: "alert", text: firstLine2, url: event.url });
  }
}
function currentRoles(acc) {
  return acc.config.roles.map((role) => ({ role, holders: acc.holders.get(role.id) ?? [], required: false }));
}
function said(event, text) {
  return { text, by: event.actor.login, at: event.at, commentId: event.id, url: event.url };
}
var TEXT_LABEL = {
  update: "Update",
  impact: "Impact",
  note: "Note",
  followup: "Follow-up"
};
function applyText(acc, event, kind, text) {
  const s = acc.state;
  const item = said(event, text);
  if (kind === "impact") s.impact = item;
  else if (kind === "update") s.updates.push(item);
  else if (kind === "note") s.notes.push(item);
  else s.followups.push(item);
  s.timeline.push({
    at: event.at,
    by: event.actor.login,
    kind,
    text: `${TEXT_LABEL[kind]}: ${text}`,
    url: event.url
  });
}
function applyCommand(acc, event, command) {
  const s = acc.state;
  const by = event.actor.login;
  switch (command.kind) {
    case "update":
    case "impact":
    case "note":
    case "followup":
      applyText(acc, event, command.kind, command.text);
      return;
  }
  const source = { by, at: event.at, url: event.url };
  const resolveUser = (u) => "me" in u ? by : u.login;
  switch (command.kind) {
    case "resolve":
      s.resolution = said(event, command.text ?? "");
      if (s.open) s.resolveRequested = true;
      return;
    case "done":
      s.doneSteps.set(command.step.toLowerCase(), { by, at: event.at });
      s.timeline.push({ at: event.at, by, kind: "done", text: `Done: ${command.step}`, url: event.url });
      return;
    case "public":
      s.publicUpdates.push(said(event, command.text));
      s.timeline.push({ ...source, kind: "public", text: `Public update: ${command.text}`, url: event.url });
      return;
    case "public-title":
      s.publicTitle = command.text;
      s.timeline.push({ ...source, kind: "public", text: `Public title: ${command.text}`, url: event.url });
      return;
    case "component":
      for (const id2 of command.components) s.components.set(id2, { state: command.state, at: event.at, by });
      s.timeline.push({
        ...source,
        kind: "component",
        text: `${command.components.join(", ")}: ${command.state}`,
        url: event.url
      });
      return;
    case "timeline":
      s.timeline.push({ at: command.at, by, kind: "timeline", text: command.text, url: event.url });
      return;
    case "started":
      s.startedAt = command.at;
      s.timeline.push({
        ...source,
        kind: "started",
        text: `Started at set to ${command.at}`,
        url: event.url
      });
      return;
    case "sev": {
      const level = acc.config.severities.find((l) => l.id === command.severity);
      if (level) decideSeverity(acc, level, source);
      return;
    }
    case "status":
      decideStatus(acc, command.status, source);
      return;
    case "role": {
      const role = acc.config.roles.find((r) => r.id === command.role);
      if (!role) return;
      for (const user of command.users) {
        const login2 = resolveUser(user);
        grantRole(acc, role, login2, source, `@${login2} is ${role.name}`);
      }
      return;
    }
    case "unrole": {
      const role = acc.config.roles.find((r) => r.id === command.role);
      if (role) freeRole(acc, role, command.user && resolveUser(command.user), source);
      return;
    }
    default:
      return;
  }
}
function parsedCommands(acc, event) {
  const cache = acc.commands;
  let commands = cache?.get(event);
  if (commands === void 0) {
    commands = parseCommands(event.body, acc.config, { now: new Date(event.at) });
    cache?.set(event, commands);
  }
  return commands;
}
var NO_ROLES = [];
var rolesFor = (acc, command) => command.kind === "sev" && acc.config.commands.sevRoles.length > 0 ? currentRoles(acc) : NO_ROLES;
function foldCommands(acc, event) {
  if (!COMMAND_LINE.test(event.body)) return;
  const commands = parsedCommands(acc, event);
  if (commands.length === 0) return;
  const lines = [];
  let accepted = 0;
  const author = { login: event.actor.login, association: event.association };
  for (const command of commands) {
    const ok = authorize(command, author, acc.config, rolesFor(acc, command));
    const line = ok.ok ? commandAnswerLine(acc.config, command, event.at) : refusalLine(command, ok.reason);
    if (line === null) {
      accepted++;
      applyCommand(acc, event, command);
    } else lines.push(line);
  }
  if (!acc.state.isIncident) return;
  acc.state.answers.push({
    commentId: event.id,
    author: event.actor.login,
    at: event.at,
    lines,
    accepted,
    plusOnes: event.plusOnes ?? 0
  });
}
var BODY_COMMANDS = /* @__PURE__ */ new Set(["public", "public-title", "component"]);
function foldBodyCommands(acc) {
  const { issue: issue2 } = acc;
  if (!COMMAND_LINE.test(issue2.body) || issue2.author.isBot) return;
  const event = {
    kind: "commented",
    id: 0,
    at: issue2.createdAt,
    actor: issue2.author,
    body: issue2.body,
    association: issue2.authorAssociation ?? "NONE",
    url: issue2.url
  };
  const author = { login: issue2.author.login, association: event.association };
  for (const command of parseCommands(issue2.body, acc.config, { now: new Date(issue2.createdAt) })) {
    if (BODY_COMMANDS.has(command.kind) && authorize(command, author, acc.config, []).ok)
      applyCommand(acc, event, command);
  }
}

// src/core/state/fold-labels.ts
function withLabel(list, label, present) {
  const others = list.filter((l) => l.toLowerCase() !== label.toLowerCase());
  return present ? [...others, label] : others;
}
function isDecision(acc, event) {
  if (!acc.isSelf(event.actor)) return true;
  return acc.isSelf(acc.issue.author) && event.at <= acc.issue.createdAt;
}
function foldActual(acc, event, kind) {
  const s = acc.state;
  const present = event.kind === "labeled";
  s.labels = withLabel(s.labels, event.label, present);
  if (kind.kind === "severity") {
    s.severityLabels = withLabel(s.severityLabels, kind.level.label, present);
    acc.severityOrder = acc.severityOrder.filter((l) => l.id !== kind.level.id);
    if (present) acc.severityOrder.push(kind.level);
  } else if (kind.kind === "status") {
    s.statusLabels = withLabel(s.statusLabels, statusLabel(acc.config, kind.status), present);
  } else if (kind.kind === "incident") {
    s.isIncident = present;
  } else if (kind.kind === "drill") {
    s.isDrill = present;
  }
}
function foldDeclaration(acc, event, by) {
  const s = acc.state;
  if (event.kind !== "labeled" || s.timeline.some((e) => e.kind === "declared")) return;
  s.declaredAt = event.at;
  s.declaredBy = by;
  if (event.at < s.startedAt) s.startedAt = event.at;
  s.timeline.push({ at: event.at, by, kind: "declared", text: "Declared an incident" });
  if (s.severity === null) acc.severityPendingSince = event.at;
}
function foldLabel(acc, event) {
  const wasIncident = acc.state.isIncident;
  acc.labelKind ??= labelKinds(acc.config);
  const kind = acc.labelKind(event.label);
  foldActual(acc, event, kind);
  const decision = isDecision(acc, event);
  const own2 = acc.isSelf(event.actor);
  const by = !own2 ? event.actor.login : decision ? acc.declarer : acc.issue.author.login;
  if (kind.kind === "incident") {
    if (!wasIncident) foldDeclaration(acc, event, by);
    return;
  }
  if (!decision) return;
  const source = { by, at: event.at };
  const labeled = event.kind === "labeled";
  switch (kind.kind) {
    case "severity":
      if (labeled) decideSeverity(acc, kind.level, source);
      else dropSeverity(acc, kind.level, source);
      return;
    case "status":
      if (labeled) decideStatus(acc, kind.status, source);
      else if (acc.state.status === kind.status) decideStatus(acc, "investigating", source);
      return;
    case "role":
      if (labeled) grantRole(acc, kind.role, by, source, `@${by} took the ${kind.role.name} role`);
      else freeRole(acc, kind.role, void 0, source);
      return;
    default:
      return;
  }
}

// src/core/state/derive.ts
function withCreationLabels(issue2, events) {
  if (issue2.labels.length === 0) return events;
  const seen = /* @__PURE__ */ new Set();
  for (const e of events) if (e.kind === "labeled") seen.add(e.label.toLowerCase());
  const missing = issue2.labels.filter((l) => !seen.has(l.toLowerCase()));
  if (missing.length === 0) return events;
  const synthetic = missing.map((label) => ({
    kind: "labeled",
    id: 0,
    at: issue2.createdAt,
    actor: issue2.author,
    label
  }));
  return [...synthetic, ...events];
}
function inTimeOrder(events) {
  let sorted = true;
  for (let i = 1; i < events.length && sorted; i++) sorted = events[i - 1].at <= events[i].at;
  if (sorted) return events;
  return events.map((event, index) => ({ event, index })).sort((a, b) => a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : a.index - b.index).map((x) => x.event);
}
function initialState(issue2, declarer) {
  return {
    number: issue2.number,
    title: issue2.title,
    url: issue2.url,
    author: issue2.author.login,
    isIncident: false,
    isDrill: false,
    open: true,
    closeReason: null,
    labels: [],
    assignees: [],
    severity: null,
    severityLabels: [],
    severityChanges: [],
    severityConfirmed: false,
    status: "investigating",
    statusLabels: [],
    declaredAt: issue2.createdAt,
    declaredBy: declarer,
    startedAt: issue2.createdAt,
    identifiedAt: null,
    mitigatedAt: null,
    resolvedAt: null,
    roles: [],
    impact: null,
    updates: [],
    notes: [],
    followups: [],
    resolution: null,
    doneSteps: /* @__PURE__ */ new Map(),
    timeline: [],
    references: [],
    commits: [],
    board: null,
    extraBoards: [],
    repliedTo: /* @__PURE__ */ new Set(),
    declaredFrom: /* @__PURE__ */ new Map(),
    answers: [],
    resolveRequested: false,
    unassignedByPeople: /* @__PURE__ */ new Map(),
    assignedBySelf: /* @__PURE__ */ new Set(),
    closedAt: null,
    postmortemFailed: false,
    oncallPaged: /* @__PURE__ */ new Set(),
    reminded: /* @__PURE__ */ new Set(),
    roleEmptySince: /* @__PURE__ */ new Map(),
    now: issue2.createdAt,
    acknowledgedAt: null,
    publicUpdates: [],
    publicTitle: null,
    actionItemPulls: [],
    actionItems: null,
    components: /* @__PURE__ */ new Map(),
    notified: /* @__PURE__ */ new Set(),
    postmortem: null,
    configErrorComment: null,
    lastEventAt: issue2.createdAt
  };
}
function foldAssignment(acc, event) {
  const s = acc.state;
  const login2 = event.assignee.toLowerCase();
  s.assignees = s.assignees.filter((a) => a.toLowerCase() !== login2);
  if (event.kind === "assigned") s.assignees.push(event.assignee);
  if (event.kind === "assigned" && acc.isSelf(event.actor)) s.assignedBySelf.add(login2);
  else s.assignedBySelf.delete(login2);
  if (event.kind === "unassigned" && !acc.isSelf(event.actor)) s.unassignedByPeople.set(login2, event.at);
}
function foldClose(acc, event) {
  const s = acc.state;
  const by = event.actor.login;
  if (event.kind === "reopened") {
    s.open = true;
    s.closeReason = null;
    s.resolvedAt = null;
    s.closedAt = null;
    s.resolveRequested = false;
    s.timeline.push({ at: event.at, by, kind: "reopened", text: "Reopened" });
    return;
  }
  s.open = false;
  s.closeReason = event.reason;
  s.closedAt = event.at;
  s.resolveRequested = false;
  s.postmortemFailed = false;
  if (event.reason === "completed") s.resolvedAt = event.at;
  const text = event.reason === "not_planned" ? "Closed as not planned: not an incident" : "Closed: resolved";
  s.timeline.push({ at: event.at, by, kind: "closed", text });
}
function foldEvent(acc, event) {
  const s = acc.state;
  if (event.at > s.lastEventAt) s.lastEventAt = event.at;
  if (!acc.isSelf(event.actor) && settlesSeverity(acc, event.at)) settleSeverity(acc);
  switch (event.kind) {
    case "labeled":
    case "unlabeled":
      foldLabel(acc, event);
      return;
    case "commented":
      if (acc.isSelf(event.actor)) foldBotComment(acc, event);
      else if (!event.actor.isBot) foldCommands(acc, event);
      return;
    case "assigned":
    case "unassigned":
      foldAssignment(acc, event);
      return;
    case "closed":
    case "reopened":
      foldClose(acc, event);
      return;
    case "renamed":
      s.timeline.push({
        at: event.at,
        by: event.actor.login,
        kind: "renamed",
        text: `Renamed to "${event.to}"`
      });
      return;
    case "cross-referenced": {
      const from = readDeclaredFrom(event.source.body ?? "");
      if (from !== null && !event.source.isPullRequest && acc.isSelf(event.actor))
        s.declaredFrom.set(from, { number: event.source.number, url: event.source.url });
      const { body: _, ...source } = event.source;
      s.references.push({ ...source, at: event.at });
      s.timeline.push({
        at: event.at,
        by: event.actor.login,
        kind: "reference",
        text: `Referenced by ${event.source.isPullRequest ? "pull request" : "issue"} ${event.source.repository}#${event.source.number}: ${event.source.title}`,
        url: event.source.url
      });
      return;
    }
    case "referenced":
      s.commits.push({ sha: event.commitId, url: event.commitUrl, at: event.at, by: event.actor.login });
      return;
  }
}
function finish(acc, options) {
  const s = acc.state;
  settleSeverity(acc);
  s.now = options.now.toISOString();
  const required2 = new Set(s.severity?.requiredRoles ?? []);
  s.roles = acc.config.roles.map((role) => ({
    role,
    holders: acc.holders.get(role.id) ?? [],
    required: required2.has(role.id)
  }));
  const levelSince = s.severityChanges.at(-1)?.at ?? s.declaredAt;
  for (const r of s.roles) {
    if (!r.required || r.holders.length > 0) continue;
    const since = [s.declaredAt, acc.roleFreedAt.get(r.role.id) ?? s.declaredAt, levelSince].sort().at(-1);
    s.roleEmptySince.set(r.role.id, since);
  }
  s.timeline.sort((a, b) => a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
  if (options.formStartedAt !== void 0 && !s.timeline.some((e) => e.kind === "started")) {
    s.startedAt = options.formStartedAt;
  }
  if (!s.open && s.closeReason === "completed") s.status = "resolved";
  return s;
}
function deriveState(issue2, events, config3, options) {
  const self = options.self.toLowerCase();
  const isSelf = (p) => p.isBot && p.login.toLowerCase() === self;
  const declarer = (isSelf(issue2.author) ? readDeclaredBy(issue2.body) : null) ?? issue2.author.login;
  const wanted = options.formSeverity ?? config3.defaultSeverity;
  const acc = {
    config: config3,
    issue: issue2,
    state: initialState(issue2, declarer),
    isSelf,
    declarer,
    holders: /* @__PURE__ */ new Map(),
    severityOrder: [],
    removedSeverity: null,
    severityPendingSince: null,
    implicitSeverity: config3.severities.find((s) => s.id === wanted) ?? config3.severities.find((s) => s.id === config3.defaultSeverity) ?? null,
    formSeverity: options.formSeverity !== void 0,
    roleFreedAt: /* @__PURE__ */ new Map(),
    now: options.now,
    commands: options.commands,
    labelKind: void 0
  };
  foldBodyCommands(acc);
  for (const event of inTimeOrder(withCreationLabels(issue2, events))) foldEvent(acc, event);
  return finish(acc, options);
}

// src/handlers/apply-effects.ts
var SWEPT = [`${MARKER_PREFIX}remind:`, `${MARKER_PREFIX}oncall:`];
var markerOf = (body) => body.split("\n", 1)[0];
async function keepOldest(ports, issue2, body, id2, self) {
  const same4 = (await ports.listComments(issue2)).filter(
    (c) => c.authorIsBot && c.author.toLowerCase() === self.toLowerCase() && markerOf(c.body) === markerOf(body)
  );
  const oldest = Math.min(...same4.map((c) => c.id), id2);
  if (oldest === id2) return true;
  await ports.deleteComment(id2);
  return false;
}
async function applyEffects(ports, issue2, effects, self, at) {
  const added = [];
  const actor = selfPerson(self);
  if (effects.addLabels.length > 0) await ports.addLabels(issue2, effects.addLabels);
  for (const label of effects.addLabels) added.push({ kind: "labeled", id: 0, at, actor, label });
  for (const label of effects.removeLabels) {
    await ports.removeLabel(issue2, label);
    added.push({ kind: "unlabeled", id: 0, at, actor, label });
  }
  if (effects.addAssignees.length > 0) await ports.addAssignees(issue2, effects.addAssignees);
  for (const assignee of effects.addAssignees) added.push({ kind: "assigned", id: 0, at, actor, assignee });
  if (effects.removeAssignees.length > 0) await ports.removeAssignees(issue2, effects.removeAssignees);
  for (const assignee of effects.removeAssignees)
    added.push({ kind: "unassigned", id: 0, at, actor, assignee });
  for (const body of effects.comments) {
    const posted = await ports.createComment(issue2, body);
    if (SWEPT.some((m) => body.startsWith(m)) && !await keepOldest(ports, issue2, body, posted.id, self))
      continue;
    added.push(commentEvent(self, posted.id, body, posted.url, at));
  }
  for (const commentId of effects.reactions) await ports.addReaction(commentId, "+1");
  if (effects.close) {
    await ports.closeIssue(issue2, effects.close);
    added.push(closeEvent(self, at));
  }
  return added;
}

// src/core/postmortem/eligibility.ts
function postmortemSkipReason(state, config3) {
  if (!state.isIncident) return "not an incident";
  if (state.open) return "the incident is still open";
  if (state.closeReason !== "completed") {
    return state.closeReason === "not_planned" ? "closed as not planned: not an incident" : `closed as ${state.closeReason ?? "unknown"}, not as completed`;
  }
  if (!config3.postmortem.enabled) return "postmortems are turned off (postmortem.enabled: false)";
  const level = state.severity ?? config3.severities.find((s) => s.id === config3.defaultSeverity) ?? null;
  if (level !== null && !level.postmortem) return `${level.id} does not call for a postmortem`;
  return null;
}

// src/core/postmortem/paths.ts
function postmortemBranch(issue2) {
  return `postmortem/incident-${issue2}`;
}
var SLUG_MAX = 50;
function slugify2(title) {
  const slug = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, SLUG_MAX).replace(/-+$/, "");
  return slug === "" ? "incident" : slug;
}
var cleanDirectory = (config3) => config3.postmortem.directory.replace(/\\/g, "/").replace(/^(\.\/)+|^\/+/, "").replace(/\/+$/, "");
function postmortemIndexPath(config3) {
  const index = config3.postmortem.index;
  if (index === false) return null;
  if (index !== void 0) return index.replace(/^(\.\/)+|^\/+/, "");
  const directory = cleanDirectory(config3);
  return directory === "" || directory === "." ? "README.md" : `${directory}/README.md`;
}
function postmortemPath(config3, state) {
  const directory = cleanDirectory(config3);
  const declared = new Date(state.declaredAt);
  const date3 = Number.isNaN(declared.getTime()) ? "undated" : declared.toISOString().slice(0, 10);
  const file = `${date3}-${state.number}-${slugify2(state.title)}.md`;
  return directory === "" || directory === "." ? file : `${directory}/${file}`;
}

// src/core/postmortem/code-fence.ts
function fenceFor(text) {
  let longest = 0;
  for (const run2 of text.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  return "`".repeat(Math.max(3, longest + 1));
}
function splitText(text, max) {
  const parts = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf("\n", max - 1);
    let end = cut > 0 ? cut + 1 : max;
    const last = rest.charCodeAt(end - 1);
    if (cut <= 0 && last >= 55296 && last <= 56319) end -= 1;
    parts.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  if (rest !== "" || parts.length === 0) parts.push(rest);
  return parts;
}

// src/core/postmortem/pull-request.ts
var postmortemPrMarker = (issue2) => `${MARKER_PREFIX}postmortem-pr:${issue2} -->`;
var TITLE_MAX = 256;
var COMMENT_MAX = 65536;
function postmortemPrTitle(state) {
  const prefix = "Postmortem: ";
  const suffix = ` (#${state.number})`;
  const title = state.title.replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim() || "Incident";
  const room = TITLE_MAX - prefix.length - suffix.length;
  if (title.length <= room) return `${prefix}${title}${suffix}`;
  let short = "";
  for (const ch of title) {
    if (short.length + ch.length > room - 1) break;
    short += ch;
  }
  return `${prefix}${short.trimEnd()}\u2026${suffix}`;
}
function showPath(path) {
  return /^[\w./-]+$/.test(path) ? `\`${path}\`` : inlineText(path, 300);
}
function postmortemPrBody(state, path, now) {
  const end = state.resolvedAt ?? now.toISOString();
  const commander = state.roles.find((r) => r.role.id === "commander")?.holders[0]?.login;
  const rows = [
    ["Incident", `#${state.number}: ${inlineText(state.title, 256)}`],
    ["Severity", state.severity ? inlineText(state.severity.id, 60) : "not set"],
    ["Duration", formatDuration(minutesBetween(state.startedAt, end))],
    [
      "Time to mitigate",
      state.mitigatedAt ? formatDuration(minutesBetween(state.startedAt, state.mitigatedAt)) : "not recorded"
    ],
    ["Commander", commander ? mention(commander) : "none"],
    ["Follow-ups", String(state.followups.length)]
  ];
  return [
    postmortemPrMarker(state.number),
    `Postmortem of incident #${state.number}${state.isDrill ? " (a drill)" : ""}, drafted when it was resolved.`,
    "",
    "| | |",
    "| --- | --- |",
    ...rows.map(([name, value]) => `| **${name}** | ${value} |`),
    "",
    // One line per paragraph: GitHub renders line breaks in PR bodies and comments.
    `The draft is ${showPath(path)}. The key times, the responders, the full timeline, the related changes and the follow-ups (as action items) are filled in.`,
    "",
    "Complete the sections marked _To do_ with the responders, keep it blameless, and merge it when the team agrees with it.",
    ""
  ].join("\n");
}
function errorStatus(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : null;
}
function describeError(error2) {
  const status = errorStatus(error2);
  const message = error2 instanceof Error ? error2.message : String(error2);
  return inlineText(`${status === null ? "" : `${status} `}${message}`.trim(), 300);
}
function advice(f) {
  const status = errorStatus(f.error);
  const byHand = `- Or open it by hand: commit the document below as ${showPath(f.path)} on a branch named ${showPath(f.branch)} and open a pull request that mentions #${f.issue}. Reopening and closing this issue then links it.`;
  if (status === 401 || status === 403 || status === 404 || status === 422) {
    return [
      "- The token may lack permission, or the branch may be protected. Grant `contents: write` and `pull-requests: write` (the workflow's `permissions:` for the Action; the GitHub App's *Contents* and *Pull requests* read & write permissions for the app), or allow it past the branch protection rule.",
      "- Then reopen and close this issue as completed to try again.",
      byHand
    ];
  }
  return ["- This may be temporary: reopen and close this issue as completed to try again.", byHand];
}
function postmortemFailureComments(f) {
  const document = f.document.replaceAll(MARKER_PREFIX, "<!-- incident-workflow\u2060:");
  const fence = fenceFor(document);
  const head = [
    POSTMORTEM_FAILED_MARKER,
    "\u26A0\uFE0F **The postmortem pull request could not be opened.**",
    "",
    `Failed while ${inlineText(f.step, 300)}: ${describeError(f.error)}.`,
    "",
    "**What to do**",
    "",
    ...advice(f),
    ""
  ].join("\n");
  const wrap2 = (part, n, of) => [
    "<details>",
    `<summary>The postmortem document${of > 1 ? ` (part ${n} of ${of})` : ""}</summary>`,
    "",
    `${fence}markdown`,
    part.endsWith("\n") ? part.slice(0, -1) : part,
    fence,
    "",
    "</details>",
    ""
  ].join("\n");
  const room = COMMENT_MAX - head.length - 400;
  const parts = splitText(document, room);
  return parts.map((part, i) => {
    const body = wrap2(part, i + 1, parts.length);
    return i === 0 ? `${head}
${body}` : `${POSTMORTEM_FAILED_MARKER}
The postmortem document of #${f.issue}, continued.

${body}`;
  });
}

// src/core/render/handlebars.ts
var import_runtime2 = __toESM(require_runtime2(), 1);

// src/core/templates.generated.ts
var COMPILE_OPTIONS = { "noEscape": true, "strict": false, "knownHelpersOnly": false };
var BUILT_IN_TEMPLATES = {
  "postmortem.md.hbs": { "0": function(container, depth0, helpers, partials, data) {
    return "\n> [!NOTE]\n> **Drill.** This was a practice incident; it is kept out of metrics.\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "**" + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "severity") : depth0) != null ? lookupProperty(stack1, "id") : stack1, depth0)) != null ? stack1 : "") + "**" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "severity") : depth0) != null ? lookupProperty(stack1, "description") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 47, "column": 52 }, "end": { "line": 47, "column": 113 } } })) != null ? stack1 : "");
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ": " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "severity") : depth0) != null ? lookupProperty(stack1, "description") : stack1, depth0)) != null ? stack1 : "");
  }, "3": function(container, depth0, helpers, partials, data) {
    return "_not set_";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **" + ((stack1 = (helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 49, "column": 4 }, "end": { "line": 49, "column": 12 } } }) : helper)) != null ? stack1 : "") + "** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "value") || (depth0 != null ? lookupProperty(depth0, "value") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 49, "column": 17 }, "end": { "line": 49, "column": 26 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = (helper = (helper = lookupProperty(helpers, "summary") || (depth0 != null ? lookupProperty(depth0, "summary") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "summary", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 0 }, "end": { "line": 57, "column": 11 } } }) : helper)) != null ? stack1 : "") + "\n\n_From " + ((stack1 = (helper = (helper = lookupProperty(helpers, "summaryFrom") || (depth0 != null ? lookupProperty(depth0, "summaryFrom") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "summaryFrom", "hash": {}, "data": data, "loc": { "start": { "line": 59, "column": 6 }, "end": { "line": 59, "column": 21 } } }) : helper)) != null ? stack1 : "") + "; rewrite it as two or three sentences: what happened, who was affected, how it ended._\n";
  }, "6": function(container, depth0, helpers, partials, data) {
    return "_To do: two or three sentences: what happened, who was affected, how it ended._\n";
  }, "7": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "impact") : depth0) != null ? lookupProperty(stack1, "text") : stack1, depth0)) != null ? stack1 : "") + "\n>\n> \u2014 " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "impact") : depth0) != null ? lookupProperty(stack1, "by") : stack1, depth0)) != null ? stack1 : "") + ", " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "impact") : depth0) != null ? lookupProperty(stack1, "at") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "8": function(container, depth0, helpers, partials, data) {
    return "_To do: who was affected, how, and for how long. Add numbers where you have them._\n";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (helper = (helper = lookupProperty(helpers, "role") || (depth0 != null ? lookupProperty(depth0, "role") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "role", "hash": {}, "data": data, "loc": { "start": { "line": 79, "column": 2 }, "end": { "line": 79, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "people") : depth0, { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.program(11, data, 0), "data": data, "loc": { "start": { "line": 79, "column": 13 }, "end": { "line": 79, "column": 53 } } })) != null ? stack1 : "") + " |\n";
  }, "10": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = (helper = (helper = lookupProperty(helpers, "people") || (depth0 != null ? lookupProperty(depth0, "people") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "people", "hash": {}, "data": data, "loc": { "start": { "line": 79, "column": 27 }, "end": { "line": 79, "column": 37 } } }) : helper)) != null ? stack1 : "";
  }, "11": function(container, depth0, helpers, partials, data) {
    return "\u2014";
  }, "12": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (helper = (helper = lookupProperty(helpers, "time") || (depth0 != null ? lookupProperty(depth0, "time") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "time", "hash": {}, "data": data, "loc": { "start": { "line": 87, "column": 2 }, "end": { "line": 87, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "event") || (depth0 != null ? lookupProperty(depth0, "event") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "event", "hash": {}, "data": data, "loc": { "start": { "line": 87, "column": 13 }, "end": { "line": 87, "column": 22 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "who") || (depth0 != null ? lookupProperty(depth0, "who") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "who", "hash": {}, "data": data, "loc": { "start": { "line": 87, "column": 25 }, "end": { "line": 87, "column": 32 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "13": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "resolution") : depth0) != null ? lookupProperty(stack1, "text") : stack1, depth0)) != null ? stack1 : "") + "\n>\n> \u2014 " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "resolution") : depth0) != null ? lookupProperty(stack1, "by") : stack1, depth0)) != null ? stack1 : "") + ", " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "resolution") : depth0) != null ? lookupProperty(stack1, "at") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "14": function(container, depth0, helpers, partials, data) {
    return "_To do: what ended the impact, and what was done to recover fully._\n";
  }, "15": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "related") : depth0, { "name": "each", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 103, "column": 0 }, "end": { "line": 105, "column": 9 } } })) != null ? stack1 : "";
  }, "16": function(container, depth0, helpers, partials, data) {
    var stack1;
    return "- " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
  }, "17": function(container, depth0, helpers, partials, data) {
    return "_None were linked to the incident. List the pull requests and commits involved._\n";
  }, "18": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- [ ] " + ((stack1 = (helper = (helper = lookupProperty(helpers, "text") || (depth0 != null ? lookupProperty(depth0, "text") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 139, "column": 6 }, "end": { "line": 139, "column": 14 } } }) : helper)) != null ? stack1 : "") + " (" + ((stack1 = (helper = (helper = lookupProperty(helpers, "by") || (depth0 != null ? lookupProperty(depth0, "by") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "by", "hash": {}, "data": data, "loc": { "start": { "line": 139, "column": 16 }, "end": { "line": 139, "column": 22 } } }) : helper)) != null ? stack1 : "") + ")\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.lambda, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = container.hooks.helperMissing, alias4 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "---\nincident: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "incident") : stack1, depth0)) != null ? stack1 : "") + "\nurl: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "url") : stack1, depth0)) != null ? stack1 : "") + "\ntitle: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "title") : stack1, depth0)) != null ? stack1 : "") + "\nseverity: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "severity") : stack1, depth0)) != null ? stack1 : "") + "\nstatus: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "status") : stack1, depth0)) != null ? stack1 : "") + "\ndrill: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "drill") : stack1, depth0)) != null ? stack1 : "") + "\ndeclared_at: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "declaredAt") : stack1, depth0)) != null ? stack1 : "") + "\nstarted_at: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "startedAt") : stack1, depth0)) != null ? stack1 : "") + "\nidentified_at: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "identifiedAt") : stack1, depth0)) != null ? stack1 : "") + "\nmitigated_at: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "mitigatedAt") : stack1, depth0)) != null ? stack1 : "") + "\nresolved_at: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "resolvedAt") : stack1, depth0)) != null ? stack1 : "") + "\ntime_to_mitigate_minutes: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "timeToMitigateMinutes") : stack1, depth0)) != null ? stack1 : "") + "\ntime_to_resolve_minutes: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "timeToResolveMinutes") : stack1, depth0)) != null ? stack1 : "") + "\ncommander: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "commander") : stack1, depth0)) != null ? stack1 : "") + "\n---\n\n# Postmortem: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 14 }, "end": { "line": 18, "column": 23 } } }) : helper)) != null ? stack1 : "") + " (#" + ((stack1 = (helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 26 }, "end": { "line": 18, "column": 36 } } }) : helper)) != null ? stack1 : "") + ")\n\n> [!IMPORTANT]\n> **This postmortem is blameless.** We look for how our systems and processes let this happen, not for\n> who to blame. Everyone involved acted in good faith on what they knew at the time; write it so that\n> anyone named here would agree with how their part is told.\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, depth0 != null ? lookupProperty(depth0, "drill") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 28, "column": 7 } } })) != null ? stack1 : "") + "\n<details>\n<summary>How to write this postmortem</summary>\n\n- The facts below (times, people, timeline, related changes) were filled in from [the incident](" + ((stack1 = (helper = (helper = lookupProperty(helpers, "url") || (depth0 != null ? lookupProperty(depth0, "url") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 96 }, "end": { "line": 33, "column": 103 } } }) : helper)) != null ? stack1 : "") + ').\n  Correct them if they are wrong; fill in every section marked _To do_.\n- Describe what happened, not what someone should have done. Prefer "the deploy tool allowed\u2026" to\n  "X forgot to\u2026".\n- Look for several contributing factors; there is rarely a single root cause.\n- Every action item needs an owner and should make a repeat less likely, its detection faster or\n  its impact smaller. Open an issue for each and link it here.\n- Ask the responders to review this pull request before it is merged.\n\n</details>\n\n| | |\n| --- | --- |\n| **Incident** | [#' + ((stack1 = (helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 46, "column": 19 }, "end": { "line": 46, "column": 29 } } }) : helper)) != null ? stack1 : "") + "](" + ((stack1 = (helper = (helper = lookupProperty(helpers, "url") || (depth0 != null ? lookupProperty(depth0, "url") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 46, "column": 31 }, "end": { "line": 46, "column": 38 } } }) : helper)) != null ? stack1 : "") + ") |\n| **Severity** | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, depth0 != null ? lookupProperty(depth0, "severity") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 47, "column": 17 }, "end": { "line": 47, "column": 137 } } })) != null ? stack1 : "") + " |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, depth0 != null ? lookupProperty(depth0, "keyFigures") : depth0, { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 48, "column": 0 }, "end": { "line": 50, "column": 9 } } })) != null ? stack1 : "") + "\nTimes are in " + ((stack1 = (helper = (helper = lookupProperty(helpers, "timeZone") || (depth0 != null ? lookupProperty(depth0, "timeZone") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "timeZone", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 13 }, "end": { "line": 52, "column": 25 } } }) : helper)) != null ? stack1 : "") + ".\n\n## Summary\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, depth0 != null ? lookupProperty(depth0, "summary") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 56, "column": 0 }, "end": { "line": 62, "column": 7 } } })) != null ? stack1 : "") + "\n## Impact\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, depth0 != null ? lookupProperty(depth0, "impact") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 66, "column": 0 }, "end": { "line": 72, "column": 7 } } })) != null ? stack1 : "") + "\n## Responders\n\n| Role | People |\n| --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, depth0 != null ? lookupProperty(depth0, "responders") : depth0, { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 78, "column": 0 }, "end": { "line": 80, "column": 9 } } })) != null ? stack1 : "") + "\n## Timeline\n\n| Time | Event | Who |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, depth0 != null ? lookupProperty(depth0, "timeline") : depth0, { "name": "each", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 86, "column": 0 }, "end": { "line": 88, "column": 9 } } })) != null ? stack1 : "") + "\n## Resolution\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, depth0 != null ? lookupProperty(depth0, "resolution") : depth0, { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.program(14, data, 0), "data": data, "loc": { "start": { "line": 92, "column": 0 }, "end": { "line": 98, "column": 7 } } })) != null ? stack1 : "") + "\n## Related changes\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, depth0 != null ? lookupProperty(depth0, "related") : depth0, { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.program(17, data, 0), "data": data, "loc": { "start": { "line": 102, "column": 0 }, "end": { "line": 108, "column": 7 } } })) != null ? stack1 : "") + `
## Root causes and contributing factors

_To do: the conditions that made this possible. List several; ask "why?" until you reach something we can change._

## Trigger

_To do: what set it off (a deploy, a config change, traffic, a dependency)._

## Detection

_To do: how we found out (alert, customer, chance), and how long after it started. Could we have known sooner?_

## What went well

_To do._

## What went wrong

_To do._

## Where we got lucky

_To do: what kept it from being worse, that we cannot count on next time._

## Action items

_Pre-filled from the incident's follow-ups. Add the actions the sections above call for, each with an owner and an issue._

` + ((stack1 = lookupProperty(helpers, "each").call(alias2, depth0 != null ? lookupProperty(depth0, "actionItems") : depth0, { "name": "each", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 138, "column": 0 }, "end": { "line": 140, "column": 9 } } })) != null ? stack1 : "") + "\n<sub>Drafted by Incident Workflow on " + ((stack1 = (helper = (helper = lookupProperty(helpers, "generatedAt") || (depth0 != null ? lookupProperty(depth0, "generatedAt") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "generatedAt", "hash": {}, "data": data, "loc": { "start": { "line": 142, "column": 37 }, "end": { "line": 142, "column": 52 } } }) : helper)) != null ? stack1 : "") + " from incident #" + ((stack1 = (helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 142, "column": 68 }, "end": { "line": 142, "column": 78 } } }) : helper)) != null ? stack1 : "") + ".</sub>\n";
  }, "useData": true },
  "status-board.md.hbs": { "0": function(container, depth0, helpers, partials, data) {
    return "> [!NOTE]\n> **Drill.** This is a practice incident; it is kept out of metrics.\n\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    return "> [!NOTE]\n> **Not an incident.** This issue was closed as not planned; no postmortem will be opened.\n\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "**" + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "severity") : depth0) != null ? lookupProperty(stack1, "id") : stack1, depth0)) != null ? stack1 : "") + "**" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "severity") : depth0) != null ? lookupProperty(stack1, "description") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 52 }, "end": { "line": 11, "column": 113 } } })) != null ? stack1 : "");
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ": " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "severity") : depth0) != null ? lookupProperty(stack1, "description") : stack1, depth0)) != null ? stack1 : "");
  }, "4": function(container, depth0, helpers, partials, data) {
    return "_not set_";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = (helper = (helper = lookupProperty(helpers, "responseMode") || (depth0 != null ? lookupProperty(depth0, "responseMode") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "responseMode", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 42 }, "end": { "line": 12, "column": 58 } } }) : helper)) != null ? stack1 : "";
  }, "6": function(container, depth0, helpers, partials, data) {
    return "_none set_";
  }, "7": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **Started** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "started") || (depth0 != null ? lookupProperty(depth0, "started") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "started", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 31 }, "end": { "line": 15, "column": 42 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **Time to mitigate** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "timeToMitigate") || (depth0 != null ? lookupProperty(depth0, "timeToMitigate") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "timeToMitigate", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 47 }, "end": { "line": 17, "column": 65 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **Time to resolve** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "timeToResolve") || (depth0 != null ? lookupProperty(depth0, "timeToResolve") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "timeToResolve", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 52 }, "end": { "line": 18, "column": 69 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "10": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **Next update due** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "nextUpdate") || (depth0 != null ? lookupProperty(depth0, "nextUpdate") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "nextUpdate", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 49 }, "end": { "line": 19, "column": 63 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "11": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **Postmortem** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "postmortem") || (depth0 != null ? lookupProperty(depth0, "postmortem") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "postmortem", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 44 }, "end": { "line": 20, "column": 58 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "12": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "### Public status page\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0) != null ? lookupProperty(stack1, "title") : stack1, { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 27, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0) != null ? lookupProperty(stack1, "components") : stack1, { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 7 }, "end": { "line": 28, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0) != null ? lookupProperty(stack1, "update") : stack1, { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 7 }, "end": { "line": 29, "column": 7 } } })) != null ? stack1 : "");
  }, "13": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- **Title:** " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0) != null ? lookupProperty(stack1, "title") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "14": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- **Components:** " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0) != null ? lookupProperty(stack1, "components") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "15": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- **Latest public update:** " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0) != null ? lookupProperty(stack1, "update") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "16": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\n### Contacts\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "contacts") : depth0, { "name": "each", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 0 }, "end": { "line": 34, "column": 9 } } })) != null ? stack1 : "");
  }, "17": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- **" + ((stack1 = (helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 22 }, "end": { "line": 33, "column": 30 } } }) : helper)) != null ? stack1 : "") + "**" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "people") : depth0, { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 32 }, "end": { "line": 33, "column": 65 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "links") : depth0, { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 65 }, "end": { "line": 33, "column": 97 } } })) != null ? stack1 : "") + "\n";
  }, "18": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ": " + ((stack1 = (helper = (helper = lookupProperty(helpers, "people") || (depth0 != null ? lookupProperty(depth0, "people") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "people", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 48 }, "end": { "line": 33, "column": 58 } } }) : helper)) != null ? stack1 : "");
  }, "19": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " \u2014 " + ((stack1 = (helper = (helper = lookupProperty(helpers, "links") || (depth0 != null ? lookupProperty(depth0, "links") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "links", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 81 }, "end": { "line": 33, "column": 90 } } }) : helper)) != null ? stack1 : "");
  }, "20": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 17 }, "end": { "line": 40, "column": 25 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "holders") : depth0, { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.program(22, data, 0), "data": data, "loc": { "start": { "line": 40, "column": 28 }, "end": { "line": 40, "column": 148 } } })) != null ? stack1 : "") + " | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "since") || (depth0 != null ? lookupProperty(depth0, "since") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "since", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 151 }, "end": { "line": 40, "column": 160 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "21": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = (helper = (helper = lookupProperty(helpers, "holders") || (depth0 != null ? lookupProperty(depth0, "holders") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "holders", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 43 }, "end": { "line": 40, "column": 54 } } }) : helper)) != null ? stack1 : "";
  }, "22": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "missing") : depth0, { "name": "if", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.program(24, data, 0), "data": data, "loc": { "start": { "line": 40, "column": 62 }, "end": { "line": 40, "column": 141 } } })) != null ? stack1 : "";
  }, "23": function(container, depth0, helpers, partials, data) {
    return "\u26A0\uFE0F **unfilled, required at this level**";
  }, "24": function(container, depth0, helpers, partials, data) {
    return "_unfilled_";
  }, "25": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "impact") : depth0) != null ? lookupProperty(stack1, "text") : stack1, depth0)) != null ? stack1 : "") + "\n>\n> \u2014 " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "impact") : depth0) != null ? lookupProperty(stack1, "by") : stack1, depth0)) != null ? stack1 : "") + ", " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "impact") : depth0) != null ? lookupProperty(stack1, "at") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "26": function(container, depth0, helpers, partials, data) {
    return "_Not yet described. Use `/impact <text>`._\n";
  }, "27": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "update") : depth0) != null ? lookupProperty(stack1, "text") : stack1, depth0)) != null ? stack1 : "") + "\n>\n> \u2014 " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "update") : depth0) != null ? lookupProperty(stack1, "by") : stack1, depth0)) != null ? stack1 : "") + ", " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "update") : depth0) != null ? lookupProperty(stack1, "at") : stack1, depth0)) != null ? stack1 : "") + " ([comment](" + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "update") : depth0) != null ? lookupProperty(stack1, "url") : stack1, depth0)) != null ? stack1 : "") + "); " + ((stack1 = (helper = (helper = lookupProperty(helpers, "updateCount") || (depth0 != null ? lookupProperty(depth0, "updateCount") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "updateCount", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 61 }, "end": { "line": 55, "column": 76 } } }) : helper)) != null ? stack1 : "") + " so far)\n";
  }, "28": function(container, depth0, helpers, partials, data) {
    return "_No update yet. Use `/update <text>`._\n";
  }, "29": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\n### Response flow\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "flow") : depth0, { "name": "each", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 62, "column": 0 }, "end": { "line": 63, "column": 9 } } })) != null ? stack1 : "");
  }, "30": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- [" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "done") : depth0, { "name": "if", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.program(32, data, 0), "data": data, "loc": { "start": { "line": 62, "column": 17 }, "end": { "line": 62, "column": 46 } } })) != null ? stack1 : "") + "] " + ((stack1 = (helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 62, "column": 48 }, "end": { "line": 62, "column": 57 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(alias1, depth0 != null ? lookupProperty(depth0, "done") : depth0, { "name": "unless", "hash": {}, "fn": container.program(33, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 62, "column": 57 }, "end": { "line": 62, "column": 101 } } })) != null ? stack1 : "") + "\n";
  }, "31": function(container, depth0, helpers, partials, data) {
    return "x";
  }, "32": function(container, depth0, helpers, partials, data) {
    return " ";
  }, "33": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " (`/done " + ((stack1 = (helper = (helper = lookupProperty(helpers, "id") || (depth0 != null ? lookupProperty(depth0, "id") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 62, "column": 82 }, "end": { "line": 62, "column": 88 } } }) : helper)) != null ? stack1 : "") + "`)";
  }, "34": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "followups") : depth0, { "name": "each", "hash": {}, "fn": container.program(35, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 66, "column": 17 }, "end": { "line": 67, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "moreFollowups") : depth0, { "name": "if", "hash": {}, "fn": container.program(36, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 67, "column": 9 }, "end": { "line": 68, "column": 7 } } })) != null ? stack1 : "");
  }, "35": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- [ ] " + ((stack1 = (helper = (helper = lookupProperty(helpers, "text") || (depth0 != null ? lookupProperty(depth0, "text") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 66, "column": 42 }, "end": { "line": 66, "column": 50 } } }) : helper)) != null ? stack1 : "") + " (" + ((stack1 = (helper = (helper = lookupProperty(helpers, "by") || (depth0 != null ? lookupProperty(depth0, "by") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "by", "hash": {}, "data": data, "loc": { "start": { "line": 66, "column": 52 }, "end": { "line": 66, "column": 58 } } }) : helper)) != null ? stack1 : "") + ")\n";
  }, "36": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- _\u2026 and " + ((stack1 = (helper = (helper = lookupProperty(helpers, "moreFollowups") || (depth0 != null ? lookupProperty(depth0, "moreFollowups") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "moreFollowups", "hash": {}, "data": data, "loc": { "start": { "line": 67, "column": 39 }, "end": { "line": 67, "column": 56 } } }) : helper)) != null ? stack1 : "") + " more in the issue_\n";
  }, "37": function(container, depth0, helpers, partials, data) {
    return "_None yet. Use `/followup <text>`._\n";
  }, "38": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "### Action items\n\n" + ((stack1 = (helper = (helper = lookupProperty(helpers, "actionItemsDone") || (depth0 != null ? lookupProperty(depth0, "actionItemsDone") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "actionItemsDone", "hash": {}, "data": data, "loc": { "start": { "line": 74, "column": 0 }, "end": { "line": 74, "column": 19 } } }) : helper)) != null ? stack1 : "") + " of " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "actionItems") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) != null ? stack1 : "") + " done.\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "actionItems") : depth0, { "name": "each", "hash": {}, "fn": container.program(39, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 76, "column": 0 }, "end": { "line": 77, "column": 9 } } })) != null ? stack1 : "");
  }, "39": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- [" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "done") : depth0, { "name": "if", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.program(32, data, 0), "data": data, "loc": { "start": { "line": 76, "column": 24 }, "end": { "line": 76, "column": 53 } } })) != null ? stack1 : "") + "] " + ((stack1 = (helper = (helper = lookupProperty(helpers, "text") || (depth0 != null ? lookupProperty(depth0, "text") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 76, "column": 55 }, "end": { "line": 76, "column": 63 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "40": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (helper = (helper = lookupProperty(helpers, "at") || (depth0 != null ? lookupProperty(depth0, "at") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "at", "hash": {}, "data": data, "loc": { "start": { "line": 83, "column": 20 }, "end": { "line": 83, "column": 26 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "text") || (depth0 != null ? lookupProperty(depth0, "text") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 83, "column": 29 }, "end": { "line": 83, "column": 37 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "by") || (depth0 != null ? lookupProperty(depth0, "by") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "by", "hash": {}, "data": data, "loc": { "start": { "line": 83, "column": 40 }, "end": { "line": 83, "column": 46 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "41": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\n_\u2026 " + ((stack1 = (helper = (helper = lookupProperty(helpers, "hiddenEvents") || (depth0 != null ? lookupProperty(depth0, "hiddenEvents") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "hiddenEvents", "hash": {}, "data": data, "loc": { "start": { "line": 85, "column": 3 }, "end": { "line": 85, "column": 19 } } }) : helper)) != null ? stack1 : "") + " earlier events are not shown here; the full history is in this issue and will be in the postmortem._\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "drill") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 4, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "notAnIncident") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 7 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + "## \u{1F6A8} Incident #" + ((stack1 = (helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 23 }, "end": { "line": 7, "column": 33 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 35 }, "end": { "line": 7, "column": 44 } } }) : helper)) != null ? stack1 : "") + "\n\n| | |\n| --- | --- |\n| **Severity** | " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "severity") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.program(4, data, 0), "data": data, "loc": { "start": { "line": 11, "column": 17 }, "end": { "line": 11, "column": 137 } } })) != null ? stack1 : "") + " |\n| **Response mode** | " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "responseMode") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 12, "column": 22 }, "end": { "line": 12, "column": 83 } } })) != null ? stack1 : "") + " |\n| **Status** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 15 }, "end": { "line": 13, "column": 25 } } }) : helper)) != null ? stack1 : "") + " |\n| **Declared** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "declared") || (depth0 != null ? lookupProperty(depth0, "declared") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "declared", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 17 }, "end": { "line": 14, "column": 29 } } }) : helper)) != null ? stack1 : "") + " |\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "started") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "") + "| **Duration** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "duration") || (depth0 != null ? lookupProperty(depth0, "duration") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "duration", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 24 }, "end": { "line": 16, "column": 36 } } }) : helper)) != null ? stack1 : "") + " |\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "timeToMitigate") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "timeToResolve") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 7 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "nextUpdate") : depth0, { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 7 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "postmortem") : depth0, { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 7 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0, { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 30, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "contacts") : depth0, { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 7 }, "end": { "line": 35, "column": 7 } } })) != null ? stack1 : "") + "### Roles\n\n| Role | Held by | Since |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "roles") : depth0, { "name": "each", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 40, "column": 0 }, "end": { "line": 41, "column": 9 } } })) != null ? stack1 : "") + "\n### Impact\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "impact") : depth0, { "name": "if", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.program(26, data, 0), "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 49, "column": 7 } } })) != null ? stack1 : "") + "\n### Latest update\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "update") : depth0, { "name": "if", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.program(28, data, 0), "data": data, "loc": { "start": { "line": 53, "column": 0 }, "end": { "line": 57, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "flow") : depth0, { "name": "if", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 58, "column": 0 }, "end": { "line": 63, "column": 16 } } })) != null ? stack1 : "") + "\n### Follow-ups\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "followups") : depth0, { "name": "if", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.program(37, data, 0), "data": data, "loc": { "start": { "line": 66, "column": 0 }, "end": { "line": 69, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "actionItems") : depth0, { "name": "if", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 71, "column": 0 }, "end": { "line": 78, "column": 7 } } })) != null ? stack1 : "") + "### Timeline\n\n| Time | Event | By |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "timeline") : depth0, { "name": "each", "hash": {}, "fn": container.program(40, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 83, "column": 0 }, "end": { "line": 84, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "hiddenEvents") : depth0, { "name": "if", "hash": {}, "fn": container.program(41, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 84, "column": 9 }, "end": { "line": 86, "column": 7 } } })) != null ? stack1 : "") + "\n<sub>Kept up to date by Incident Workflow after every event. Commands: `/help`.</sub>\n";
  }, "useData": true }
};

// src/core/render/load-compiler.ts
import { createRequire } from "node:module";
var loaded;
function loadCompiler() {
  loaded ??= typeof __require === "function" ? __require("./handlebars.cjs") : createRequire(import.meta.url)("handlebars");
  return loaded;
}

// src/core/render/handlebars.ts
var HandlebarsRuntime = import_runtime2.default;
function withHelpers(env) {
  env.registerHelper("eq", (a, b) => a === b);
  env.registerHelper(
    "join",
    (list, sep) => Array.isArray(list) ? list.join(typeof sep === "string" ? sep : ", ") : ""
  );
  return env;
}
var runtime = withHelpers(HandlebarsRuntime.create());
var compiler;
function wrap(name, compiled) {
  return (view) => {
    try {
      return compiled(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (error2) {
      throw new TemplateError(name, error2 instanceof Error ? error2.message : String(error2));
    }
  };
}
function templateFromSpec(name, spec2) {
  return wrap(name, runtime.template(spec2));
}
function compileTemplate(name, source) {
  let compiled;
  try {
    compiler ??= withHelpers(loadCompiler().create());
    compiled = compiler.compile(source, COMPILE_OPTIONS);
    compiler.precompile(source, COMPILE_OPTIONS);
  } catch (error2) {
    throw new TemplateError(name, error2 instanceof Error ? error2.message : String(error2));
  }
  return wrap(name, compiled);
}
var TemplateError = class extends Error {
  constructor(template, detail) {
    super(`template ${template}: ${detail}`);
    this.template = template;
    this.name = "TemplateError";
  }
  template;
};

// src/core/postmortem/format.ts
var LOGIN3 = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
function person(login2) {
  const bare = login2.startsWith("@") ? login2.slice(1) : login2;
  return LOGIN3.test(bare) ? `@${bare.replace(/\[bot\]$/, "\\[bot\\]")}` : inlineText(bare, 60);
}
function safeUrl(url2) {
  if (url2 === void 0) return null;
  return /^https:\/\/[^\s<>()[\]{}"'`|\\]+$/.test(url2) ? url2 : null;
}
function link2(text, url2) {
  const safe = safeUrl(url2);
  return safe === null ? text : `[${text}](${safe})`;
}
function isoUtc(iso) {
  const date3 = new Date(iso);
  return Number.isNaN(date3.getTime()) ? iso : date3.toISOString().replace(".000Z", "Z");
}

// src/core/postmortem/yaml-scalar.ts
function yamlString(value) {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 65533;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (ch === "<") out += "\\u003C";
    else if (ch === ">") out += "\\u003E";
    else if (code >= 32 && code <= 126) out += ch;
    else if (code >= 55296 && code <= 57343) out += "\\uFFFD";
    else if (isPrintable(code)) out += ch;
    else out += `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return `${out}"`;
}
function isPrintable(code) {
  if (code === 65279 || code === 8232 || code === 8233 || code === 133) return false;
  return code >= 160 && code <= 55295 || code >= 57344 && code <= 65533 || code >= 65536;
}
function yamlNullable(value) {
  return value === null ? "null" : yamlString(value);
}
function yamlNumber(value) {
  return value === null || !Number.isFinite(value) ? "null" : String(Math.trunc(value));
}

// src/core/postmortem/view-model.ts
var INLINE_MAX = 4e3;
var QUOTE_MAX = 2e4;
function postmortemView(input) {
  const { state, config: config3 } = input;
  const tz = config3.timeZone;
  const time3 = (iso) => formatTime(iso, tz);
  const resolvedAt = state.resolvedAt ?? (state.open ? null : input.now.toISOString());
  const ttm = state.mitigatedAt ? minutesBetween(state.startedAt, state.mitigatedAt) : null;
  const ttr = resolvedAt ? minutesBetween(state.startedAt, resolvedAt) : null;
  const commander = state.roles.find((r) => r.role.id === "commander")?.holders[0]?.login ?? null;
  const level = state.severity;
  const firstUpdate = state.updates[0];
  const summaryText = input.summary?.trim() ? input.summary : firstUpdate?.text ?? null;
  const said2 = (s) => s ? { text: blockText(s.text, QUOTE_MAX), by: person(s.by), at: time3(s.at), url: safeUrl(s.url) } : null;
  return {
    number: state.number,
    url: safeUrl(state.url) ?? "",
    title: inlineText(state.title, 256),
    drill: state.isDrill,
    timeZone: inlineText(tz, 60),
    generatedAt: time3(input.now.toISOString()),
    frontMatter: {
      incident: yamlNumber(state.number),
      url: yamlString(state.url),
      title: yamlString(state.title),
      severity: yamlNullable(level?.id ?? null),
      status: yamlString("draft"),
      drill: state.isDrill ? "true" : "false",
      declaredAt: yamlString(isoUtc(state.declaredAt)),
      startedAt: yamlString(isoUtc(state.startedAt)),
      identifiedAt: yamlNullable(state.identifiedAt && isoUtc(state.identifiedAt)),
      mitigatedAt: yamlNullable(state.mitigatedAt && isoUtc(state.mitigatedAt)),
      resolvedAt: yamlNullable(resolvedAt && isoUtc(resolvedAt)),
      timeToMitigateMinutes: yamlNumber(ttm),
      timeToResolveMinutes: yamlNumber(ttr),
      commander: yamlNullable(commander)
    },
    severity: level ? { id: inlineText(level.id, 60), description: inlineText(level.description, 300) } : null,
    keyFigures: [
      { name: "Declared", value: `${time3(state.declaredAt)} by ${person(state.declaredBy)}` },
      { name: "Started", value: time3(state.startedAt) },
      { name: "Identified", value: state.identifiedAt ? time3(state.identifiedAt) : "\u2014" },
      { name: "Mitigated", value: state.mitigatedAt ? time3(state.mitigatedAt) : "\u2014" },
      { name: "Resolved", value: resolvedAt ? time3(resolvedAt) : "\u2014" },
      { name: "Time to mitigate", value: ttm === null ? "\u2014" : formatDuration(ttm) },
      { name: "Time to resolve", value: ttr === null ? "\u2014" : formatDuration(ttr) },
      { name: "Commander", value: commander ? person(commander) : "\u2014" }
    ],
    summary: summaryText === null ? null : blockText(summaryText, QUOTE_MAX),
    summaryFrom: input.summary?.trim() ? "the incident's summary" : "the first update",
    impact: said2(state.impact),
    responders: state.roles.map((r) => ({
      role: inlineText(r.role.name, 60),
      people: r.holders.map((h) => person(h.login)).join(", ")
    })),
    timeline: state.timeline.map((e) => ({
      time: link2(time3(e.at), e.url),
      event: inlineText(e.text, INLINE_MAX),
      who: person(e.by)
    })),
    resolution: said2(state.resolution),
    related: [
      ...state.references.map((r) => {
        const ref = inlineText(`${r.repository}#${r.number}`, 200);
        const kind = r.isPullRequest ? "pull request" : "issue";
        return `${link2(ref, r.url)}: ${inlineText(r.title, 300)} (${kind}, ${time3(r.at)})`;
      }),
      ...state.commits.map((c) => {
        const sha = /^[0-9a-f]{7,40}$/i.test(c.sha) ? `\`${c.sha.slice(0, 7)}\`` : inlineText(c.sha, 40);
        return `${link2(sha, c.url)} by ${person(c.by)} (commit, ${time3(c.at)})`;
      })
    ],
    actionItems: state.followups.map((f) => ({ text: inlineText(f.text, INLINE_MAX), by: person(f.by) }))
  };
}

// src/core/postmortem/render.ts
var POSTMORTEM_TEMPLATE = "postmortem.md.hbs";
var builtIn = null;
function builtInTemplate() {
  if (builtIn === null) {
    const spec2 = BUILT_IN_TEMPLATES[POSTMORTEM_TEMPLATE];
    if (spec2 === void 0)
      throw new Error(`built-in template ${POSTMORTEM_TEMPLATE} is missing from the build`);
    builtIn = templateFromSpec(POSTMORTEM_TEMPLATE, spec2);
  }
  return builtIn;
}
function renderPostmortem(state, config3, now, templateSource, options = {}) {
  const template = templateSource === void 0 ? builtInTemplate() : compileTemplate(config3.postmortem.template ?? "postmortem template", templateSource);
  const text = template(postmortemView({ state, config: config3, now, summary: options.summary }));
  return `${text.trim()}
`;
}
function renderPostmortemSafely(state, config3, now, templateSource, options = {}) {
  const path = config3.postmortem.template;
  if (path === void 0 || templateSource === void 0) {
    return { document: renderPostmortem(state, config3, now, void 0, options) };
  }
  const fallback = (why) => ({
    document: renderPostmortem(state, config3, now, void 0, options),
    warning: `The postmortem template ${inlineText(path, 200)} ${why}; the built-in template was used instead.`
  });
  if (templateSource === null) return fallback("was not found on the default branch");
  try {
    const document = renderPostmortem(state, config3, now, templateSource, options);
    if (document.trim() === "") return fallback("rendered an empty document");
    return { document };
  } catch (error2) {
    return fallback(`could not be used (${oneLine(error2)})`);
  }
}
function oneLine(error2) {
  return inlineText(error2 instanceof Error ? error2.message : String(error2), 300);
}

// src/core/postmortem/reviewers.ts
var LOGIN4 = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
function postmortemReviewers(state, config3, selfLogin) {
  const commanders = state.roles.find((r) => r.role.id === "commander")?.holders.map((h) => h.login) ?? [];
  const seen = new Set(selfLogin === void 0 ? [] : [selfLogin.toLowerCase()]);
  const out = [];
  for (const raw of [...commanders, ...config3.postmortem.reviewers]) {
    const login2 = raw.startsWith("@") ? raw.slice(1) : raw;
    if (!LOGIN4.test(login2) || seen.has(login2.toLowerCase())) continue;
    seen.add(login2.toLowerCase());
    out.push(login2);
  }
  return out;
}

// src/core/postmortem/index-file.ts
var ROWS2 = `${MARKER_PREFIX}postmortem-index:`;
function readIndexRows(text) {
  if (text === null) return [];
  const start = text.indexOf(ROWS2);
  if (start < 0) return [];
  const end = text.indexOf(" -->", start);
  try {
    return JSON.parse(
      Buffer.from(text.slice(start + ROWS2.length, end), "base64url").toString("utf8")
    );
  } catch {
    return [];
  }
}
function renderIndex(rows) {
  const sorted = [...rows].sort((a, b) => b.date.localeCompare(a.date) || b.incident - a.incident);
  const encoded = Buffer.from(JSON.stringify(sorted), "utf8").toString("base64url");
  return [
    "# Postmortems",
    "",
    "Every incident's postmortem, newest first. Kept up to date by Incident Workflow: each postmortem's",
    "pull request updates this file. Action items count as done when their issue is closed (or their",
    "box is checked in the document).",
    "",
    "| Date | Incident | Level | Duration | Action items |",
    "| --- | --- | --- | --- | --- |",
    ...sorted.map(
      (r) => `| ${r.date} | [#${r.incident} ${inlineText(r.title, 120)}](${encodeURI(r.file)})${r.drill ? " (drill)" : ""} | ${r.severity ?? "\u2014"} | ${r.minutes === null ? "\u2014" : formatDuration(r.minutes)} | ${r.total === 0 ? "none" : `${r.done} of ${r.total} done`} |`
    ),
    "",
    `${ROWS2}${encoded} -->`,
    ""
  ].join("\n");
}

// src/handlers/postmortem-index.ts
function relative(from, to) {
  const dir = from.includes("/") ? from.slice(0, from.lastIndexOf("/") + 1) : "";
  return to.startsWith(dir) ? to.slice(dir.length) : `/${to}`;
}
async function updatePostmortemIndex(ports, config3, state, input) {
  const path = postmortemIndexPath(config3);
  if (path === null) return null;
  const rows = readIndexRows(await ports.readFile(path)).filter((r) => r.incident !== state.number);
  const items = await ports.listIssues({ label: config3.labels.actionItem, state: "all" });
  const progress = /* @__PURE__ */ new Map();
  for (const issue2 of items) {
    const marker = readActionItemMarker(issue2.body);
    if (marker === null) continue;
    const p = progress.get(marker.incident) ?? { done: 0, total: 0 };
    p.total++;
    if (issue2.state === "closed") p.done++;
    progress.set(marker.incident, p);
  }
  const resolvedAt = state.resolvedAt ?? input.now.toISOString();
  const row = {
    incident: state.number,
    title: state.title,
    date: state.declaredAt.slice(0, 10),
    severity: state.severity?.id ?? null,
    minutes: minutesBetween(state.startedAt, resolvedAt),
    file: relative(path, input.document),
    drill: state.isDrill,
    done: 0,
    total: state.followups.length
  };
  const all = [...rows, row].map((r) => ({ ...r, ...progress.get(r.incident) ?? {} }));
  await ports.putFile({
    branch: input.branch,
    path,
    content: renderIndex(all),
    message: `Add the postmortem of incident ${state.number} to the index`
  });
  return path;
}

// src/handlers/open-postmortem.ts
var PostmortemError = class extends Error {
  constructor(message, document, options) {
    super(message, options);
    this.document = document;
    this.name = "PostmortemError";
  }
  document;
};
async function openPostmortem(state, config3, deps, options = {}) {
  const skip = postmortemSkipReason(state, config3);
  if (skip !== null) return { pr: null, reason: skip, warnings: [] };
  if (state.postmortem !== null) {
    return { pr: state.postmortem, reason: `already linked: #${state.postmortem.number}`, warnings: [] };
  }
  const { ports } = deps;
  const warnings = [];
  const source = await readOverride(ports, config3, warnings);
  const now = deps.now();
  const rendered = renderPostmortemSafely(state, config3, now, source, { summary: options.summary });
  if (rendered.warning !== void 0) warnings.push(rendered.warning);
  const document = rendered.document;
  const branch = postmortemBranch(state.number);
  const path = postmortemPath(config3, state);
  let step = "reading the default branch";
  let pr;
  try {
    const base = await ports.getDefaultBranch();
    step = `creating the branch ${branch}`;
    if (!await createBranchUnlessExists(ports, branch, base.sha)) {
      step = `looking for a pull request from ${branch}`;
      const existing = pickPull(await ports.findPulls(branch));
      if (existing !== null) return link3(existing, warnings, "reused");
    }
    step = `committing ${path} to ${branch}`;
    await ports.putFile({
      branch,
      path,
      content: document,
      message: `Draft the postmortem of incident ${state.number}`
    });
    step = "updating the postmortem index";
    try {
      await updatePostmortemIndex(ports, config3, state, { branch, document: path, now });
    } catch (error2) {
      warnings.push(`The postmortem index could not be updated (${inlineText(describe2(error2), 300)}).`);
    }
    step = `opening the pull request from ${branch} to ${base.name}`;
    const created = await createPullOrFind(ports, {
      title: postmortemPrTitle(state),
      body: postmortemPrBody(state, path, now),
      head: branch,
      base: base.name,
      draft: config3.postmortem.draft
    });
    pr = created.pr;
    if (!created.isNew) return link3(pr, warnings, "reused");
  } catch (error2) {
    return fail(ports, state, { step, error: error2, branch, path, document }, warnings);
  }
  await decorate(ports, state, config3, pr, deps.selfLogin, warnings);
  return link3(pr, warnings);
}
async function readOverride(ports, config3, warnings) {
  const path = config3.postmortem.template;
  if (path === void 0) return void 0;
  try {
    return await ports.readFile(path);
  } catch (error2) {
    warnings.push(
      `The postmortem template ${inlineText(path, 200)} could not be read (${inlineText(describe2(error2), 300)}); the built-in template was used instead.`
    );
    return void 0;
  }
}
async function createBranchUnlessExists(ports, branch, sha) {
  try {
    await ports.createBranch(branch, sha);
    return true;
  } catch (error2) {
    if (errorStatus(error2) === 422) return false;
    throw error2;
  }
}
function pickPull(pulls) {
  const sorted = [...pulls].sort((a, b) => b.number - a.number);
  const pick2 = sorted.find((p) => p.state === "open") ?? sorted[0];
  return pick2 === void 0 ? null : { number: pick2.number, url: pick2.url };
}
async function createPullOrFind(ports, input) {
  try {
    return { pr: await ports.createPull(input), isNew: true };
  } catch (error2) {
    if (errorStatus(error2) !== 422) throw error2;
    const existing = pickPull(await ports.findPulls(input.head));
    if (existing === null) throw error2;
    return { pr: existing, isNew: false };
  }
}
async function decorate(ports, state, config3, pr, selfLogin, warnings) {
  try {
    await ports.addLabels(pr.number, [config3.labels.postmortem]);
  } catch (error2) {
    warnings.push(
      `The ${inlineText(config3.labels.postmortem, 60)} label could not be added to #${pr.number} (${inlineText(describe2(error2), 300)}).`
    );
  }
  const reviewers = postmortemReviewers(state, config3, selfLogin);
  if (reviewers.length === 0) return;
  try {
    await ports.requestReviewers(pr.number, reviewers);
  } catch (error2) {
    warnings.push(`Reviewers could not be requested on #${pr.number} (${inlineText(describe2(error2), 300)}).`);
  }
}
function link3(pr, warnings, reused) {
  const reason = reused === void 0 ? {} : { reason: `reused the existing pull request #${pr.number}` };
  return { pr, ...reason, warnings };
}
async function fail(ports, state, f, warnings) {
  const reason = `the postmortem pull request could not be opened: failed while ${f.step}: ${describe2(f.error)}`;
  try {
    for (const body of postmortemFailureComments({ issue: state.number, ...f })) {
      await ports.createComment(state.number, body);
    }
  } catch (error2) {
    throw new PostmortemError(
      `${reason}; the failure comment could not be posted either: ${describe2(error2)}`,
      f.document,
      {
        cause: f.error
      }
    );
  }
  return { pr: null, reason, warnings };
}
function describe2(error2) {
  const status = errorStatus(error2);
  const message = error2 instanceof Error ? error2.message : String(error2);
  return `${status === null ? "" : `${status} `}${message}`.replace(/\s+/g, " ").trim().slice(0, 300);
}

// src/handlers/postmortem-step.ts
async function maybeOpenPostmortem(state, config3, deps, summary) {
  if (state.open || state.closeReason !== "completed" || state.postmortem !== null) return null;
  const result = await openPostmortem(state, config3, { ports: deps.ports, now: deps.now }, { summary });
  if (result.reason) deps.log.info(`postmortem of #${state.number}: ${result.reason}`);
  if (result.warnings.length > 0) {
    const body = [
      `${MARKER_PREFIX}postmortem-warnings -->`,
      "**Postmortem notes**",
      "",
      ...result.warnings.map((w) => `- ${w}`),
      ""
    ];
    await deps.ports.createComment(state.number, body.join("\n"));
  }
  return result.pr;
}

// src/handlers/write-board.ts
async function writeBoard(ports, state, body, self) {
  for (const extra of state.extraBoards) await ports.deleteComment(extra);
  if (state.board) {
    if (state.board.body !== body) await ports.updateComment(state.board.id, body);
    return state.board.id;
  }
  const created = await ports.createComment(state.number, body);
  const boards = (await ports.listComments(state.number)).filter((c) => c.authorIsBot && c.author.toLowerCase() === self.toLowerCase()).filter((c) => c.body.startsWith(BOARD_MARKER)).map((c) => c.id).sort((a, b) => a - b);
  const oldest = boards[0];
  if (oldest === void 0 || oldest === created.id) return created.id;
  await ports.deleteComment(created.id);
  await ports.updateComment(oldest, body);
  return oldest;
}

// src/handlers/recheck-board.ts
async function recheckBoard(deps, issue2, derive, render, self, rounds = 3) {
  for (let round = 0; round < rounds; round++) {
    const state = derive(await deps.ports.readTimeline(issue2));
    const body = render(state);
    if (state.board?.body === body && state.extraBoards.length === 0) return;
    await writeBoard(deps.ports, state, body, self);
  }
  deps.log.warn(
    `#${issue2}: the board was still changing after ${rounds} re-checks; the next event settles it`
  );
}

// src/handlers/templates.ts
var builtIn2 = /* @__PURE__ */ new Map();
function builtInTemplate2(name) {
  let template = builtIn2.get(name);
  if (!template) {
    const spec2 = BUILT_IN_TEMPLATES[name];
    if (spec2 === void 0) throw new Error(`built-in template ${name} is missing from the build`);
    template = templateFromSpec(name, spec2);
    builtIn2.set(name, template);
  }
  return template;
}
async function boardTemplate(config3, files) {
  const path = config3.board.template;
  if (path === void 0) return { template: builtInTemplate2("status-board.md.hbs") };
  const source = await files.readFile(path);
  if (source === null) {
    return {
      template: builtInTemplate2("status-board.md.hbs"),
      warning: `board template \`${path}\` was not found on the default branch`
    };
  }
  try {
    const template = compileTemplate(path, source);
    return { template };
  } catch (error2) {
    return {
      template: builtInTemplate2("status-board.md.hbs"),
      warning: String(error2 instanceof Error ? error2.message : error2)
    };
  }
}

// src/handlers/reconcile.ts
async function actionItemsOf(ports, config3, incident2) {
  const issues = await ports.listIssues({ label: config3.labels.actionItem, state: "all" });
  return issues.filter((i) => readActionItemMarker(i.body)?.incident === incident2).sort((a, b) => a.number - b.number).map((i) => ({ number: i.number, title: i.title, url: i.url, open: i.state === "open" }));
}
var ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
function summarise(state) {
  return {
    number: state.number,
    url: state.url,
    severity: state.severity?.id ?? null,
    status: state.status,
    postmortemPr: state.postmortem?.url ?? null
  };
}
async function reconcile(issue2, timeline, config3, deps, options = {}) {
  const { ports } = deps;
  const now = deps.now();
  const self = await deps.self();
  const form = parseIncidentForm(issue2.body, config3);
  const events = [...timeline];
  const formStartedAt = form.startedAt && ISO_UTC.test(form.startedAt) ? form.startedAt : void 0;
  const commands = /* @__PURE__ */ new Map();
  const deriveFrom = (history) => deriveState(issue2, history, config3, { now, self, formStartedAt, formSeverity: form.severity, commands });
  const before = deriveFrom(events);
  if (!before.isIncident) return { outcome: "ignored", reason: `#${issue2.number} is not an incident` };
  const at = now.toISOString() > before.lastEventAt ? now.toISOString() : before.lastEventAt;
  let state = before;
  const reacted = /* @__PURE__ */ new Set();
  for (let pass = 0; pass < 3; pass++) {
    const effects = planEffects(state, config3);
    effects.reactions = effects.reactions.filter((id2) => !reacted.has(id2));
    for (const id2 of effects.reactions) reacted.add(id2);
    if (pass === 0 && before.board === null && !options.labelsEnsured && effects.addLabels.length > 0)
      await ensureRepoLabels(ports, config3);
    const added = await applyEffects(ports, issue2.number, effects, self, at);
    if (added.length === 0) break;
    events.push(...added);
    state = deriveFrom(events);
  }
  if (!state.open && state.postmortem === null && !state.postmortemFailed)
    state.postmortem = await maybeOpenPostmortem(state, config3, deps, form.summary);
  if (state.actionItemPulls.length > 0) state.actionItems = await actionItemsOf(ports, config3, state.number);
  const { template, warning } = await boardTemplate(config3, ports);
  if (warning) deps.log.warn(warning);
  const rowOf = (s) => dashboardRow(s, config3, issue2.updatedAt ?? "");
  const render = (s) => renderBoard(s, config3, template, rowOf(s));
  const row = rowOf(state);
  const previous = before.board === null ? null : readRowMarker(before.board.body);
  await writeBoard(ports, state, render(state), self);
  if (deps.recheckBoard) await recheckBoard(deps, issue2.number, deriveFrom, render, self);
  const rowChanged = previous === null || !sameRow(previous, row);
  return { outcome: "handled", incident: summarise(state), row, rowChanged, wakeAt: wakeAt(state, config3) };
}

// src/handlers/report-config.ts
async function reportConfigProblems(ports, state, problems, configPath) {
  const body = formatConfigProblems(problems, configPath);
  if (state.configErrorComment === null) await ports.createComment(state.number, body);
  else if (state.configErrorComment.body !== body)
    await ports.updateComment(state.configErrorComment.id, body);
  return invalidConfig(problems, configPath);
}
function invalidConfig(problems, configPath) {
  return { outcome: "invalid-config", problems, message: formatConfigProblemsText(problems, configPath) };
}

// src/handlers/declare.ts
function requestedLevel(input, config3) {
  const wanted = (input ?? "").trim();
  const level = wanted === "" ? config3.severities.find((s) => s.id === config3.defaultSeverity) : resolveSeverity(wanted, config3);
  if (!level) {
    throw new Error(
      `unknown severity "${wanted}"; use one of ${config3.severities.map((s) => s.id).join(", ")}`
    );
  }
  return level;
}
function declaredBody(request, marker) {
  const via = request.source ? `\`/declare\` on ${request.source.url}` : request.dedupKey ? "an alert" : "a workflow run";
  return [
    request.summary?.trim() || "_No summary given._",
    "",
    `_Declared by @${request.declaredBy} via ${via}._`,
    declaredByMarker(request.declaredBy),
    marker,
    ...request.dedupKey ? [dedupMarker(request.dedupKey)] : [],
    ...request.source ? [declaredFromMarker(request.source.commentId)] : []
  ].join("\n");
}
async function declare(request, deps) {
  const { ports } = deps;
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok) return invalidConfig(loaded2.problems, deps.configPath);
  const config3 = loaded2.config;
  const level = requestedLevel(request.severity, config3);
  if (request.dedupKey) {
    const open2 = await ports.listIssues({ label: config3.labels.incident, state: "open" });
    const match = open2.find((i) => readDedupMarker(i.body) === request.dedupKey);
    if (match) {
      const text = [request.title, request.summary].filter(Boolean).join(" \u2014 ").replaceAll("\n", " ");
      await ports.createComment(match.number, `${ALERT_MARKER}
Alert repeated: ${text}
`);
      return reconcile(match, await ports.readTimeline(match.number), config3, deps);
    }
  }
  await ensureRepoLabels(ports, config3);
  const labels = [
    config3.labels.incident,
    level.label,
    statusLabel(config3, "investigating"),
    ...request.drill ? [config3.labels.drill] : []
  ];
  const marker = requestMarker(request.requestId ?? randomUUID2());
  const issue2 = await ports.createIssue(
    { title: request.title, body: declaredBody(request, marker), labels },
    marker
  );
  const self = selfPerson(await deps.self());
  const timeline = labels.map((label) => ({
    kind: "labeled",
    id: 0,
    at: issue2.createdAt,
    actor: self,
    label
  }));
  const result = await reconcile({ ...issue2, labels: [] }, timeline, config3, deps, { labelsEnsured: true });
  if (result.outcome === "handled" && result.row)
    await refreshDashboard(deps, config3, { rows: [result.row] });
  return result;
}

// src/handlers/gate.ts
async function deployGate(deps, blockOn) {
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok) return { invalid: loaded2.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
  const config3 = loaded2.config;
  const limit = resolveSeverity(blockOn, config3);
  if (limit === void 0) {
    throw new Error(
      `\`block-on\` must name a severity level (${config3.severities.map((s) => s.id).join(", ")}); found ${JSON.stringify(blockOn)}`
    );
  }
  const fallback = config3.severities.find((s) => s.id === config3.defaultSeverity);
  const levelOf = (issue2) => config3.severities.filter((s) => hasLabel(issue2.labels, s.label)).sort((a, b) => a.rank - b.rank)[0] ?? fallback;
  const open2 = await deps.ports.listIssues({ label: config3.labels.incident, state: "open" });
  const blocking = open2.filter((i) => !hasLabel(i.labels, config3.labels.drill)).map((i) => ({ issue: i, level: levelOf(i) })).filter((x) => x.level !== void 0 && x.level.rank <= limit.rank).sort((a, b) => a.level.rank - b.level.rank || a.issue.number - b.issue.number).map(({ issue: issue2, level }) => ({
    number: issue2.number,
    title: issue2.title,
    url: issue2.url,
    severity: level.id
  }));
  return { blockOn: limit.id, blocking };
}

// src/handlers/follow-action-items.ts
var BRANCH = /^postmortem\/incident-(\d+)$/;
async function followActionItems(pull, deps) {
  const incident2 = Number(BRANCH.exec(pull.head)?.[1] ?? Number.NaN);
  if (!pull.merged || Number.isNaN(incident2))
    return { outcome: "ignored", reason: "not a merged postmortem" };
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok)
    return { outcome: "invalid-config", message: loaded2.problems.map((p) => p.path).join(", ") };
  const config3 = loaded2.config;
  if (!config3.actionItems.enabled) return { outcome: "ignored", reason: "actionItems.enabled is false" };
  const { ports } = deps;
  const document = (await ports.listPullFiles(pull.number)).find((f) => isPostmortem(f, config3));
  if (document === void 0) return { outcome: "ignored", reason: `#${pull.number} changes no postmortem` };
  const text = await ports.readFileAt(document, pull.mergeCommitSha ?? (await ports.getDefaultBranch()).name);
  if (text === null) return { outcome: "ignored", reason: `${document} is not there after the merge` };
  const severity = frontMatter(text, "severity");
  const merged = Date.parse(pull.mergedAt ?? deps.now().toISOString());
  const due = new Date(merged + dueDays(config3, severity) * 864e5).toISOString().slice(0, 10);
  const existing = /* @__PURE__ */ new Map();
  for (const issue2 of await ports.listIssues({ label: config3.labels.actionItem, state: "all" })) {
    const marker = readActionItemMarker(issue2.body);
    if (marker?.pull === pull.number) existing.set(marker.key, issue2.number);
  }
  const created = [];
  for (const item of parseActionItems(text).filter((i) => !i.done)) {
    if (existing.has(item.key)) continue;
    const { title, body } = actionItemIssue({ item, pull, incident: incident2, severity, due, document });
    const marker = requestMarker(`action-item-${pull.number}-${item.key}`);
    const input = { title, body: `${body}
${marker}`, labels: [config3.labels.actionItem] };
    let issue2;
    try {
      issue2 = await ports.createIssue(
        item.assignee ? { ...input, assignees: [item.assignee] } : input,
        marker
      );
    } catch (error2) {
      if (httpStatus(error2) !== 422 || !item.assignee) throw error2;
      issue2 = await ports.createIssue(input, marker);
    }
    existing.set(item.key, issue2.number);
    created.push(issue2.number);
  }
  const all = [...existing.values()].filter((n) => !created.includes(n));
  if (existing.size > 0) await announce(deps, incident2, pull, [...existing.values()]);
  return { outcome: "followed", incident: incident2, created, existing: all, document };
}
async function announce(deps, incident2, pull, issues) {
  const self = (await deps.self()).toLowerCase();
  const marker = actionItemsMarker(pull.number);
  const said2 = (await deps.ports.listComments(incident2)).some(
    (c) => c.authorIsBot && c.author.toLowerCase() === self && c.body.startsWith(marker)
  );
  if (said2) return;
  const list = [...issues].sort((a, b) => a - b).map((n) => `- #${n}`);
  await deps.ports.createComment(
    incident2,
    [
      marker,
      `The postmortem (#${pull.number}) is merged; its action items are now issues:`,
      "",
      ...list,
      ""
    ].join("\n")
  );
}
function isPostmortem(path, config3) {
  const directory = config3.postmortem.directory.replace(/^(\.\/)+|^\/+|\/+$/g, "");
  const inside = directory === "" || directory === "." ? !path.includes("/") : path.startsWith(`${directory}/`);
  return inside && path.endsWith(".md") && path !== postmortemIndexPath(config3);
}

// src/handlers/adopt-form.ts
async function adoptIncidentForm(issue2, timeline, config3, deps) {
  const label = config3.labels.incident.toLowerCase();
  const touched = timeline.some(
    (e) => (e.kind === "labeled" || e.kind === "unlabeled") && e.label.toLowerCase() === label
  );
  if (touched) return null;
  await deps.ports.addLabels(issue2.number, [config3.labels.incident]);
  const at = deps.now().toISOString();
  const labeled = {
    kind: "labeled",
    id: 0,
    at: at > issue2.createdAt ? at : issue2.createdAt,
    actor: selfPerson(await deps.self()),
    label: config3.labels.incident
  };
  return {
    issue: { ...issue2, labels: [...issue2.labels, config3.labels.incident] },
    timeline: [...timeline, labeled]
  };
}

// src/handlers/declare-from-comment.ts
var FRESH_MS = 24 * 36e5;
async function declareFromComments(issue2, timeline, config3, deps) {
  const self = await deps.self();
  const now = deps.now();
  const state = deriveState(issue2, timeline, config3, { now, self });
  let result = { outcome: "ignored", reason: `#${issue2.number} is not an incident` };
  for (const event of timeline) {
    if (event.kind !== "commented" || event.actor.isBot || state.repliedTo.has(event.id)) continue;
    if (now.getTime() - Date.parse(event.at) > FRESH_MS) continue;
    const command = parseCommands(event.body, config3, { now: new Date(event.at) }).find(
      (c) => c.kind === "declare"
    );
    if (command?.kind === "declare") result = await declareOne(issue2, state, event, command, config3, deps);
  }
  return result;
}
async function declareOne(issue2, state, comment, command, config3, deps) {
  const { ports } = deps;
  const author = comment.actor.login;
  const reply = (text) => ports.createComment(issue2.number, `${replyMarker(comment.id)}
@${author} ${text}
`);
  const auth = authorize(
    { kind: "declare" },
    { login: author, association: comment.association },
    config3,
    []
  );
  if (!auth.ok) {
    await reply(`\`/declare\` was not run: ${auth.reason}.`);
    return { outcome: "ignored", reason: auth.reason };
  }
  const earlier = state.declaredFrom.get(comment.id);
  if (earlier !== void 0) {
    await reply(`declared incident #${earlier.number}.`);
    return { outcome: "ignored", reason: `already declared from this comment: #${earlier.number}` };
  }
  const result = await declare(
    {
      title: command.title,
      ...command.severity ? { severity: command.severity } : {},
      ...command.drill ? { drill: true } : {},
      summary: `Declared from #${issue2.number}.`,
      declaredBy: author,
      source: { issue: issue2.number, commentId: comment.id, url: issue2.url },
      requestId: `declare-${comment.id}`
    },
    deps
  );
  if (result.outcome === "handled") {
    await reply(`declared incident #${result.incident.number} (${result.incident.severity}).`);
  }
  return result;
}

// src/handlers/handle-webhook.ts
var ignored = (reason) => ({ outcome: "ignored", reason });
var DECLARE_LINE = /^ {0,3}\/declare(\s|$)/im;
var mergeHints = (older, newer) => ({
  // Deliveries can arrive out of order: keep the fresher copy of the issue.
  ...newer.updatedAt >= older.updatedAt ? newer : older,
  commands: older.commands || newer.commands,
  declare: older.declare || newer.declare
});
async function handleWebhook(name, payload, deps, queue = directQueue) {
  const p = payload;
  const skip = ignoredByPayload(name, payload);
  if (skip !== void 0) return ignored(skip);
  const sender = toPerson(p.sender);
  const isComment = name === "issue_comment";
  if (sender.isBot && sender.login.toLowerCase() === (await deps.self()).toLowerCase())
    return ignored("the tool's own change");
  const issue2 = toIssueSnapshot(p.issue);
  const commands = isComment && p.action !== "deleted";
  const declare2 = commands && DECLARE_LINE.test(String(p.comment?.body ?? ""));
  return runForIssue(issue2, deps, queue, { commands, declare: declare2 });
}
function runForIssue(issue2, deps, queue, comment = { commands: false, declare: false }) {
  const key = `${deps.ports.repo.owner}/${deps.ports.repo.repo}#${issue2.number}`;
  const hint = { issue: issue2, updatedAt: issue2.updatedAt ?? "", ...comment };
  return queue.run(key, hint, mergeHints, (latest) => onIssue(latest, deps, queue));
}
async function onInvalidConfig(hint, problems, deps) {
  const { issue: issue2 } = hint;
  if (!hasLabel(issue2.labels, defaultConfig().labels.incident) && !hint.commands) {
    return { outcome: "invalid-config", problems, message: "" };
  }
  const timeline = await deps.ports.readTimeline(issue2.number);
  const state = deriveState(issue2, timeline, defaultConfig(), { now: deps.now(), self: await deps.self() });
  return reportConfigProblems(deps.ports, state, problems, deps.configPath);
}
async function onIssue(hint, deps, queue) {
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok) return onInvalidConfig(hint, loaded2.problems, deps);
  const config3 = loaded2.config;
  const { issue: issue2 } = hint;
  const item = hasLabel(issue2.labels, config3.labels.actionItem) ? readActionItemMarker(issue2.body) : null;
  if (item !== null && !hasLabel(issue2.labels, config3.labels.incident)) {
    const incident2 = await deps.ports.getIssue(item.incident);
    if (incident2 === null) return ignored(`action item of #${item.incident}, which is gone`);
    return runForIssue(incident2, deps, queue);
  }
  if (!hasLabel(issue2.labels, config3.labels.incident)) {
    if (isIncidentForm(issue2.body) && issue2.state === "open" && !issue2.isPullRequest) {
      const timeline = await deps.ports.readTimeline(issue2.number);
      const adopted = await adoptIncidentForm(issue2, timeline, config3, deps);
      if (adopted !== null)
        return withDashboard(
          await reconcile(adopted.issue, adopted.timeline, config3, deps),
          deps,
          config3,
          queue
        );
    }
    if (!hint.declare) return ignored(`#${issue2.number} is not an incident`);
    return declareFromComments(issue2, await deps.ports.readTimeline(issue2.number), config3, deps);
  }
  const result = await reconcile(issue2, await deps.ports.readTimeline(issue2.number), config3, deps);
  return withDashboard(result, deps, config3, queue);
}
async function withDashboard(result, deps, config3, queue) {
  if (result.outcome === "handled" && result.rowChanged && result.row)
    await refreshDashboard(deps, config3, { rows: [result.row] }, queue);
  return result;
}

// src/handlers/handle-pull-request.ts
async function handlePullRequest(payload, deps, queue = directQueue) {
  const p = payload;
  const pr = p?.pull_request;
  if (p?.action !== "closed" || !pr) return { outcome: "ignored", reason: "not a closed pull request" };
  const followed = await followActionItems(
    {
      number: pr.number,
      url: pr.html_url ?? "",
      merged: pr.merged === true,
      mergedAt: pr.merged_at ?? null,
      mergeCommitSha: pr.merge_commit_sha ?? null,
      head: pr.head?.ref ?? ""
    },
    deps
  );
  if (followed.outcome === "invalid-config")
    return { outcome: "ignored", reason: `invalid config: ${followed.message}` };
  if (followed.outcome === "ignored") return followed;
  deps.log.info(
    `postmortem #${pr.number}: ${followed.created.length} action items made into issues` + (followed.existing.length > 0 ? `, ${followed.existing.length} already were` : "")
  );
  const incident2 = await deps.ports.getIssue(followed.incident);
  if (incident2 === null) return { outcome: "ignored", reason: `incident #${followed.incident} is gone` };
  return runForIssue(incident2, deps, queue);
}

// src/handlers/status-page.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/core/status-page/render-atom.ts
function siteBase(url2) {
  const parsed = new URL(url2);
  if (!parsed.pathname.endsWith("/") && !/\.html?$/i.test(parsed.pathname)) parsed.pathname += "/";
  return parsed.toString();
}
function incidentEntries(view, incident2) {
  const entries = incident2.updates.map((u) => ({
    id: `${view.feedId}:${incident2.id}:update:${u.id}`,
    title: incident2.title,
    published: u.at,
    updated: u.at,
    text: u.text,
    anchor: `${incident2.id}-${u.id}`
  }));
  if (incident2.resolvedAt !== null) {
    entries.push({
      id: `${view.feedId}:${incident2.id}:resolved:${isoSeconds(incident2.resolvedAt)}`,
      title: `Resolved: ${incident2.title}`,
      published: incident2.resolvedAt,
      updated: incident2.resolvedAt,
      text: "This incident has been resolved.",
      anchor: incident2.id
    });
  }
  return entries;
}
function maintenanceEntry(view, m) {
  const when = `From ${utcText(m.startsAt)} to ${utcText(m.endsAt)}.`;
  return {
    id: `${view.feedId}:${m.id}`,
    title: m.title,
    published: m.announcedAt,
    updated: m.announcedAt,
    text: m.text === "" ? when : `${m.text}

${when}`,
    anchor: m.id
  };
}
function link4(rel, type, href) {
  return `<link rel="${rel}" type="${type}" href="${escapeMarkup(href)}"/>`;
}
function renderAtom(view) {
  const entries = [
    ...[...view.incidents, ...view.history].flatMap((i) => incidentEntries(view, i)),
    ...view.maintenance.map((m) => maintenanceEntry(view, m))
  ].sort((a, b) => a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id.localeCompare(b.id));
  const updated = entries[0]?.updated ?? view.generatedAt;
  const base = view.url === null ? null : siteBase(view.url);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeMarkup(view.feedId)}</id>`,
    `  <title>${escapeMarkup(view.title)}</title>`,
    `  <updated>${isoSeconds(updated)}</updated>`,
    `  <author><name>${escapeMarkup(view.title)}</name></author>`,
    ...base === null ? [] : [
      `  ${link4("alternate", "text/html", view.url)}`,
      `  ${link4("self", "application/atom+xml", new URL("feed.atom", base).toString())}`
    ],
    "  <generator>Incident Workflow</generator>"
  ];
  for (const entry of entries) {
    lines.push(
      "  <entry>",
      `    <id>${escapeMarkup(entry.id)}</id>`,
      `    <title>${escapeMarkup(entry.title)}</title>`,
      `    <published>${isoSeconds(entry.published)}</published>`,
      `    <updated>${isoSeconds(entry.updated)}</updated>`,
      ...base === null ? [] : [`    ${link4("alternate", "text/html", `${base}#${entry.anchor}`)}`],
      `    <content type="text">${escapeMarkup(entry.text)}</content>`,
      "  </entry>"
    );
  }
  lines.push("</feed>", "");
  return lines.join("\n");
}

// src/core/status-page/assets.ts
var TIME_SCRIPT = `(() => {
  let format;
  try {
    format = new Intl.DateTimeFormat(undefined, {
      year: "numeric", month: "short", day: "numeric",
      hour: "numeric", minute: "2-digit", timeZoneName: "short"
    });
  } catch {
    return;
  }
  for (const time of document.querySelectorAll("time[datetime]")) {
    const date = new Date(time.getAttribute("datetime"));
    if (!Number.isNaN(date.getTime())) time.textContent = format.format(date);
  }
})();`;
var TIME_SCRIPT_SHA256 = "LFAKFvV/WT/XI9w76OHkgm6ddT8Bjx6EtMGXh5oQwyo=";
var STYLE = `
:root { color-scheme: light dark; --ok: #1a7f37; --maint: #0969da; --warn: #9a6700; --bad: #bc4c00; --down: #cf222e; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 52rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.75rem; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #8884; }
h3 { font-size: 1.1rem; margin: 0 0 0.25rem; }
.overall { font-size: 1.2rem; font-weight: 600; padding: 0.75rem 1rem; border-radius: 6px; border-left: 6px solid; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid #8884; vertical-align: top; }
.description { display: block; font-weight: normal; font-size: 0.9rem; opacity: 0.8; }
.state::before { content: "\\25CF"; margin-right: 0.4rem; }
.s-operational { color: var(--ok); } .s-maintenance { color: var(--maint); } .s-degraded { color: var(--warn); }
.s-partial-outage, .s-incident { color: var(--bad); } .s-major-outage { color: var(--down); }
article { border: 1px solid #8884; border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; }
.meta { margin: 0; font-size: 0.9rem; opacity: 0.85; }
ol.updates { list-style: none; padding: 0; margin: 0.5rem 0 0; }
ol.updates li { border-top: 1px solid #8883; padding: 0.5rem 0; }
ol.updates time { font-size: 0.9rem; font-weight: 600; }
.text { white-space: pre-line; overflow-wrap: anywhere; margin: 0.25rem 0 0; }
footer { margin-top: 2rem; font-size: 0.9rem; opacity: 0.85; }
`;
var STYLE_SHA256 = "k3KO4PbHWtXgwEb3JvMtp4j6JohOigAsNeit8obsIv4=";
var CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src 'sha256-${TIME_SCRIPT_SHA256}'`,
  `style-src 'sha256-${STYLE_SHA256}'`,
  "base-uri 'none'",
  "form-action 'none'"
].join("; ");

// src/core/status-page/render-html.ts
function time2(iso) {
  return `<time datetime="${isoSeconds(iso)}">${escapeMarkup(utcText(iso))}</time>`;
}
function componentsTable(view) {
  if (view.components.length === 0) return [];
  const rows = view.components.map((c) => {
    const description = c.description === "" ? "" : `<span class="description">${escapeMarkup(c.description)}</span>`;
    return [
      "<tr>",
      `<th scope="row">${escapeMarkup(c.name)}${description}</th>`,
      `<td class="state s-${c.state}">${escapeMarkup(STATE_TEXT[c.state])}</td>`,
      "</tr>"
    ].join("");
  });
  return [
    '<section aria-labelledby="components">',
    '<h2 id="components">Components</h2>',
    "<table>",
    '<thead><tr><th scope="col">Component</th><th scope="col">Status</th></tr></thead>',
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>",
    "</section>"
  ];
}
function incidentArticle(incident2) {
  const heading = `${incident2.id}-title`;
  const meta2 = incident2.resolvedAt === null ? ["Ongoing", `Reported ${time2(incident2.reportedAt)}`] : [`Reported ${time2(incident2.reportedAt)}`, `Resolved ${time2(incident2.resolvedAt)}`];
  const affected = incident2.components.map(
    (c) => incident2.status === "resolved" ? escapeMarkup(c.name) : `${escapeMarkup(c.name)} (${escapeMarkup(STATE_TEXT[c.state])})`
  );
  const updates = incident2.updates.map(
    (u) => `<li id="${incident2.id}-${u.id}">${time2(u.at)}<p class="text">${escapeMarkup(u.text)}</p></li>`
  );
  return [
    `<article id="${incident2.id}" aria-labelledby="${heading}">`,
    `<h3 id="${heading}">${escapeMarkup(incident2.title)}</h3>`,
    `<p class="meta">${meta2.join(" \xB7 ")}</p>`,
    ...affected.length > 0 ? [`<p class="meta">Affected: ${affected.join(", ")}</p>`] : [],
    ...updates.length > 0 ? ['<ol class="updates" aria-label="Updates, newest first">', ...updates, "</ol>"] : [],
    "</article>"
  ];
}
var MAINTENANCE_STATUS = {
  scheduled: "Scheduled",
  "in-progress": "In progress",
  completed: "Completed"
};
function maintenanceArticle(m) {
  const heading = `${m.id}-title`;
  const affected = m.components.map((c) => escapeMarkup(c.name)).join(", ");
  return [
    `<article id="${m.id}" aria-labelledby="${heading}">`,
    `<h3 id="${heading}">${escapeMarkup(m.title)}</h3>`,
    `<p class="meta">${MAINTENANCE_STATUS[m.status]} \xB7 ${time2(m.startsAt)} to ${time2(m.endsAt)}</p>`,
    ...affected === "" ? [] : [`<p class="meta">Affected: ${affected}</p>`],
    ...m.text === "" ? [] : [`<p class="text">${escapeMarkup(m.text)}</p>`],
    "</article>"
  ];
}
function section(id2, title, body, empty) {
  return [
    `<section aria-labelledby="${id2}">`,
    `<h2 id="${id2}">${escapeMarkup(title)}</h2>`,
    ...body.length > 0 ? body : [`<p>${escapeMarkup(empty)}</p>`],
    "</section>"
  ];
}
function renderHtml(view) {
  const upcoming = view.maintenance.filter((m) => m.status !== "completed");
  const pastMaintenance = view.maintenance.filter((m) => m.status === "completed");
  const days = `the last ${view.historyDays} days`;
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // A constant with no quotes or markup in it.
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeMarkup(view.title)}</title>`,
    `<link rel="alternate" type="application/atom+xml" title="${escapeMarkup(view.title)}" href="feed.atom">`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${escapeMarkup(view.title)}</h1>`,
    `<p class="overall s-${view.overall.state}" id="overall">${escapeMarkup(view.overall.text)}</p>`,
    "</header>",
    "<main>",
    ...componentsTable(view),
    ...section(
      "incidents",
      "Current incidents",
      view.incidents.flatMap(incidentArticle),
      "No incidents right now."
    ),
    ...section(
      "maintenance",
      "Scheduled maintenance",
      upcoming.flatMap(maintenanceArticle),
      "No maintenance scheduled."
    ),
    ...section(
      "history",
      "Past incidents",
      view.history.flatMap(incidentArticle),
      `No incidents in ${days}.`
    ),
    ...pastMaintenance.length > 0 ? section("past-maintenance", "Past maintenance", pastMaintenance.flatMap(maintenanceArticle), "") : [],
    "</main>",
    "<footer>",
    `<p>Incidents and maintenance of ${escapeMarkup(days)}. Updated ${time2(view.generatedAt)}.`,
    ' Also as <a href="status.json">JSON</a> and an <a href="feed.atom">Atom feed</a>.</p>',
    "</footer>",
    `<script>${TIME_SCRIPT}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}

// src/core/status-page/render-json.ts
var STATUS_JSON_VERSION = 1;
function incident(i) {
  return {
    id: i.id,
    title: cleanText(i.title),
    status: i.status,
    reportedAt: isoSeconds(i.reportedAt),
    resolvedAt: i.resolvedAt === null ? null : isoSeconds(i.resolvedAt),
    components: i.components.map((c) => ({ id: c.id, name: cleanText(c.name), state: c.state })),
    updates: i.updates.map((u) => ({ id: u.id, at: isoSeconds(u.at), text: cleanText(u.text) }))
  };
}
function maintenance(m) {
  return {
    id: m.id,
    title: cleanText(m.title),
    status: m.status,
    startsAt: isoSeconds(m.startsAt),
    endsAt: isoSeconds(m.endsAt),
    text: cleanText(m.text),
    components: m.components.map((c) => ({ id: c.id, name: cleanText(c.name) }))
  };
}
function renderJson(view) {
  const doc = {
    schemaVersion: STATUS_JSON_VERSION,
    page: {
      title: cleanText(view.title),
      url: view.url,
      generatedAt: isoSeconds(view.generatedAt),
      historyDays: view.historyDays
    },
    status: { state: view.overall.state, description: view.overall.text },
    components: view.components.map((c) => ({
      id: c.id,
      name: cleanText(c.name),
      description: cleanText(c.description),
      state: c.state,
      stateText: STATE_TEXT[c.state]
    })),
    incidents: view.incidents.map(incident),
    maintenance: view.maintenance.map(maintenance),
    history: view.history.map(incident)
  };
  return `${JSON.stringify(doc, null, 2).replace(/</g, "\\u003c")}
`;
}

// src/core/status-page/files.ts
var STATUS_PAGE_FILES = ["index.html", "status.json", "feed.atom"];
function renderStatusPage(view) {
  return { "index.html": renderHtml(view), "status.json": renderJson(view), "feed.atom": renderAtom(view) };
}

// src/core/maintenance.ts
var MAINTENANCE_FORM_LABELS = {
  summary: "What the public sees",
  startsAt: "Starts at",
  endsAt: "Ends at",
  components: "Components"
};
var NO_RESPONSE2 = "_No response_";
function field(body, label) {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((l) => l.trim().toLowerCase() === `### ${label.toLowerCase()}`);
  if (start < 0) return "";
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^###\s/.test(l));
  const value = (end < 0 ? rest : rest.slice(0, end)).join("\n").trim();
  return value === NO_RESPONSE2 ? "" : value;
}
function parseMaintenance(issue2, config3) {
  const body = issue2.body ?? "";
  const time3 = (label) => {
    const text = field(body, label);
    return text === "" ? null : parseIsoTime(text, config3.timeZone) ?? null;
  };
  const named = field(body, MAINTENANCE_FORM_LABELS.components).split(/[\s,]+/).map(
    (w) => w.replace(/^- \[x\]\s*/i, "").trim().toLowerCase()
  ).filter((w) => w !== "");
  const components = config3.components.filter(
    (c) => named.includes(c.id.toLowerCase()) || named.includes(c.name.toLowerCase())
  );
  return {
    number: issue2.number,
    title: issue2.title,
    summary: field(body, MAINTENANCE_FORM_LABELS.summary),
    startsAt: time3(MAINTENANCE_FORM_LABELS.startsAt),
    endsAt: time3(MAINTENANCE_FORM_LABELS.endsAt),
    components: components.map((c) => c.id),
    cancelled: issue2.state === "closed" && issue2.stateReason === "not_planned"
  };
}

// src/core/status-page/sources.ts
var DAY_MS2 = 864e5;
function mayAppear(issue2, config3, now) {
  if (issue2.isPullRequest || hasLabel(issue2.labels, config3.labels.drill)) return false;
  if (issue2.state === "open") return true;
  if (issue2.stateReason === "not_planned" || issue2.stateReason === "duplicate") return false;
  const since = now.getTime() - config3.statusPage.historyDays * DAY_MS2;
  return issue2.closedAt === null || Date.parse(issue2.closedAt) >= since;
}
function scheduledMaintenance(issue2, config3) {
  const author = { login: issue2.author.login, association: issue2.authorAssociation ?? "NONE" };
  const allowed = authorize({ kind: "maintenance" }, author, config3, []);
  if (issue2.author.isBot || !allowed.ok) {
    return {
      ok: false,
      number: issue2.number,
      reason: `opened by ${issue2.author.login}, who may not run incident commands here; not published`
    };
  }
  const maintenance2 = { ...parseMaintenance(issue2, config3), announcedAt: issue2.createdAt };
  const problem = maintenance2.cancelled ? null : maintenanceProblem(maintenance2);
  if (problem !== null) return { ok: false, number: issue2.number, reason: `${problem}; not published` };
  return { ok: true, maintenance: maintenance2 };
}

// src/handlers/status-page.ts
var CONCURRENCY = 4;
var DAY_MS3 = 864e5;
async function mapLimited(items, limit, f) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await f(items[i]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
async function listRecent(deps, label, days) {
  const since = new Date(Math.floor((deps.now().getTime() - days * DAY_MS3) / DAY_MS3) * DAY_MS3).toISOString();
  return [
    ...await deps.ports.listIssues({ label, state: "open" }),
    ...await deps.ports.listIssues({ label, state: "closed", since })
  ];
}
async function renderStatusPageFiles(deps) {
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok) return { invalid: loaded2.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
  const config3 = loaded2.config;
  const now = deps.now();
  const days = config3.statusPage.historyDays;
  const incidents = await listRecent(deps, config3.labels.incident, days);
  const maintenanceIssues = await listRecent(deps, config3.labels.maintenance, days);
  const candidates = incidents.filter((issue2) => mayAppear(issue2, config3, now));
  const self = candidates.length > 0 ? await deps.self() : "";
  const states = await mapLimited(
    candidates,
    CONCURRENCY,
    async (issue2) => deriveState(issue2, await deps.ports.readTimeline(issue2.number), config3, { now, self })
  );
  const maintenance2 = [];
  const skipped = [];
  for (const issue2 of maintenanceIssues) {
    if (issue2.isPullRequest) continue;
    const source = scheduledMaintenance(issue2, config3);
    if (source.ok) maintenance2.push(source.maintenance);
    else skipped.push({ number: source.number, reason: source.reason });
  }
  const { owner, repo } = deps.ports.repo;
  const view = statusPageView({ incidents: states, maintenance: maintenance2, config: config3, now, site: `${owner}/${repo}` });
  return {
    view,
    files: renderStatusPage(view),
    incidentsListed: incidents.length,
    historiesRead: candidates.length,
    maintenanceListed: maintenanceIssues.length,
    skipped
  };
}
async function writeStatusPage(directory, files) {
  await mkdir(directory, { recursive: true });
  const written = [];
  for (const name of STATUS_PAGE_FILES) {
    await writeFile(join(directory, name), files[name], "utf8");
    written.push({ name, bytes: Buffer.byteLength(files[name]) });
  }
  return written;
}
async function buildStatusPage(deps, directory) {
  const report = await renderStatusPageFiles(deps);
  if ("invalid" in report) return report;
  return { ...report, directory, written: await writeStatusPage(directory, report.files) };
}

// src/handlers/remind-action-items.ts
async function remindActionItems(deps, config3) {
  if (!config3.actionItems.enabled) return 0;
  const { ports } = deps;
  const self = (await deps.self()).toLowerCase();
  const today = deps.now().toISOString().slice(0, 10);
  const overdue = (await ports.listIssues({ label: config3.labels.actionItem, state: "open" })).filter((i) => {
    const due = readDueMarker(i.body);
    return due !== null && due < today;
  });
  let nudged = 0;
  for (const item of overdue) {
    const key = `action-item:${item.number}`;
    const comments = await ports.listComments(item.number);
    if (comments.some(
      (c) => c.authorIsBot && c.author.toLowerCase() === self && readReminderMarker(c.body) === key
    ))
      continue;
    const who = item.assignees.length > 0 ? `${item.assignees.map((a) => `@${a}`).join(" ")} ` : "";
    await ports.createComment(
      item.number,
      `${reminderMarker(key)}
${who}this action item was due on ${readDueMarker(item.body)}. Close it when it is done, or say here when it will be.
`
    );
    nudged++;
  }
  return nudged;
}

// src/handlers/remind-postmortems.ts
async function remindPostmortems(deps, config3) {
  const days = config3.reminders.postmortemDays;
  if (days <= 0) return 0;
  const { ports } = deps;
  const self = (await deps.self()).toLowerCase();
  const now = deps.now().getTime();
  const old = (await ports.listOpenPulls()).filter(
    (p) => hasLabel(p.labels, config3.labels.postmortem) && p.head.startsWith("postmortem/incident-") && now - Date.parse(p.createdAt) > days * 864e5
  );
  let nudged = 0;
  for (const pull of old) {
    const key = `postmortem:${pull.number}`;
    const comments = await ports.listComments(pull.number);
    const done = comments.some(
      (c) => c.authorIsBot && c.author.toLowerCase() === self && readReminderMarker(c.body) === key
    );
    if (done) continue;
    const age = Math.floor((now - Date.parse(pull.createdAt)) / 864e5);
    const who = pull.reviewers.length > 0 ? `${pull.reviewers.map((r) => `@${r}`).join(" ")} ` : "";
    await ports.createComment(
      pull.number,
      `${reminderMarker(key)}
${who}this postmortem has been open for ${age} days. Fill in what is still blank, review it and merge it: its action items only get done once it lands.
`
    );
    nudged++;
  }
  return nudged;
}

// src/handlers/sweep.ts
var SWEEP_CONCURRENCY = 4;
var number3 = (r) => r.outcome === "handled" ? r.incident.number : 0;
var SETTLED_MS = 5e3;
var CLOSED_LOOKBACK_MS = 7 * 24 * 36e5;
async function sweepRepository(deps, options = {}) {
  const queue = options.queue ?? directQueue;
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok) return { invalid: loaded2.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
  const config3 = loaded2.config;
  const { ports } = deps;
  const since = new Date(
    Math.floor((deps.now().getTime() - CLOSED_LOOKBACK_MS) / 864e5) * 864e5
  ).toISOString();
  const incidents = [
    ...await ports.listIssues({ label: config3.labels.incident, state: "open" }),
    ...await ports.listIssues({ label: config3.labels.incident, state: "closed", since })
  ];
  const report = { listed: incidents.length, reconciled: 0, failed: [], results: [] };
  const one = async (issue2) => {
    const key = `${ports.repo.owner}/${ports.repo.repo}#${issue2.number}`;
    const updatedAt = issue2.updatedAt ?? "";
    if (options.memo?.unchanged(key, updatedAt, deps.now().toISOString())) return;
    try {
      const result = await runForIssue(issue2, deps, queue);
      report.reconciled++;
      report.results.push(result);
      const wake = result.outcome === "handled" ? result.wakeAt ?? null : null;
      if (Date.parse(updatedAt) < deps.now().getTime() - SETTLED_MS)
        options.memo?.remember(key, updatedAt, wake);
      else options.memo?.forget(key);
    } catch (error2) {
      options.memo?.forget(key);
      report.failed.push({
        number: issue2.number,
        error: error2 instanceof Error ? error2.message : String(error2)
      });
    }
  };
  const waiting = [...incidents];
  const worker = async () => {
    for (let next = waiting.shift(); next !== void 0 && !options.signal?.aborted; next = waiting.shift())
      await one(next);
  };
  await Promise.all(Array.from({ length: SWEEP_CONCURRENCY }, worker));
  report.results.sort((a, b) => number3(a) - number3(b));
  const rows = report.results.flatMap((r) => r.outcome === "handled" && r.row ? [r.row] : []);
  const openNow = incidents.filter((i) => i.state === "open").map((i) => i.number);
  if (!options.signal?.aborted) await refreshDashboard(deps, config3, { rows, openNow, sweep: true }, queue);
  if (!options.signal?.aborted) report.postmortemNudges = await remindPostmortems(deps, config3);
  if (!options.signal?.aborted) report.actionItemNudges = await remindActionItems(deps, config3);
  return report;
}

// src/action/run.ts
function fetchFor(baseUrl) {
  if ((0, import_proxy.getProxyUrl)(new URL(baseUrl)) === void 0) return httpFetch;
  let proxied;
  return async (url2, init) => {
    proxied ??= import("./proxy-fetch-7HSARE6W.js").then((m) => m.proxyFetch);
    return (await proxied)(url2, init);
  };
}
function userAgent(env) {
  const base = "incident-workflow-action";
  const id2 = env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id2 ? `${base} actions_orchestration_id/${id2.replace(/[^a-z0-9_.-]/gi, "_")}` : base;
}
function octokitFor(token, env = process.env) {
  const baseUrl = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const warn = (message) => process.stdout.write(`::warning::${escapeData(message)}
`);
  const ActionOctokit = Octokit.plugin(paginateRest, lightRetry, resilience);
  return new ActionOctokit({
    auth: `token ${token}`,
    baseUrl,
    userAgent: userAgent(env),
    request: { fetch: fetchFor(baseUrl) },
    log: { debug: () => {
    }, info: () => {
    }, warn, error: warn },
    // One event per run makes a handful of writes: they are not spaced (GitHub's 1 s advice is for
    // bulk writes) unless INCIDENT_WORKFLOW_WRITE_INTERVAL_MS asks for it; rate limits are honoured.
    retry: {
      doNotRetry: DO_NOT_RETRY,
      writeIntervalMs: Number(env.INCIDENT_WORKFLOW_WRITE_INTERVAL_MS) || 0
    }
  });
}
var engine = {
  connect(inputs, repo, logger) {
    const octokit = octokitFor(inputs.githubToken);
    return {
      ports: createPorts(octokit, repo),
      loadConfig: createConfigLoader(octokit, { owner: repo.owner, repo: repo.repo }, inputs.configPath),
      now: () => /* @__PURE__ */ new Date(),
      self: tokenIdentity(octokit),
      log: logger,
      configPath: inputs.configPath
    };
  },
  handleWebhook,
  declare,
  handlePullRequest: (payload, deps) => handlePullRequest(payload, deps),
  sweep: (deps) => sweepRepository(deps),
  gate: deployGate,
  async setup(deps) {
    const loaded2 = await deps.loadConfig();
    if (!loaded2.ok) return { invalid: loaded2.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
    return ensureRepoLabels(deps.ports, loaded2.config);
  },
  // The directory is relative to the workspace, where the workflow's later steps look for it.
  statusPage: (deps, directory) => buildStatusPage(deps, resolve(process.env.GITHUB_WORKSPACE || process.cwd(), directory))
};
function run(host = runnerHost()) {
  return execute(host, engine);
}
export {
  engine,
  octokitFor,
  run
};
