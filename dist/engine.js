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

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.extend = extend;
    exports2.indexOf = indexOf;
    exports2.escapeExpression = escapeExpression;
    exports2.isEmpty = isEmpty;
    exports2.createFrame = createFrame;
    exports2.blockParams = blockParams;
    exports2.appendContextPath = appendContextPath;
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
    function extend(obj) {
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
    exports2.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports2.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports2.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports2.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar2);
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
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
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
    exports2["default"] = Exception;
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    var _utils = require_utils();
    exports2["default"] = function(instance) {
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
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
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
    exports2["default"] = function(instance) {
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
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
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
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports2["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports2["default"] = function(instance) {
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
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    exports2["default"] = function(instance) {
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
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    exports2["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports2["default"] = function(instance) {
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
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.registerDefaultHelpers = registerDefaultHelpers;
    exports2.moveHelperToHooks = moveHelperToHooks;
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
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    var _utils = require_utils();
    exports2["default"] = function(instance) {
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
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.registerDefaultDecorators = registerDefaultDecorators;
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
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
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
    exports2["default"] = logger;
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.createProtoAccessControl = createProtoAccessControl;
    exports2.resultIsAllowed = resultIsAllowed;
    exports2.isPrototypeConstructor = isPrototypeConstructor;
    exports2.resetLoggedProperties = resetLoggedProperties;
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
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.HandlebarsEnvironment = HandlebarsEnvironment;
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
    var VERSION = "4.7.10";
    exports2.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports2.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports2.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
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
    exports2.REVISION_CHANGES = REVISION_CHANGES;
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
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
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
    exports2.log = log;
    exports2.createFrame = _utils.createFrame;
    exports2.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports2["default"] = SafeString;
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.wrapHelper = wrapHelper;
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
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.checkRevision = checkRevision;
    exports2.template = template;
    exports2.wrapProgram = wrapProgram;
    exports2.resolvePartial = resolvePartial;
    exports2.invokePartial = invokePartial;
    exports2.noop = noop;
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
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
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
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
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
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
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
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    exports2["default"] = function(Handlebars) {
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
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
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
    exports2["default"] = inst;
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/runtime.js
var require_runtime2 = __commonJS({
  "node_modules/handlebars/runtime.js"(exports2, module2) {
    module2.exports = require_handlebars_runtime()["default"];
  }
});

// lazy-file:status-page
var require_status_page = __commonJS({
  "lazy-file:status-page"(exports2, module2) {
    module2.exports = require("./status-page.js");
  }
});

// src/action/run.ts
var run_exports = {};
__export(run_exports, {
  handlers: () => handlers
});
module.exports = __toCommonJS(run_exports);
var import_node_path = require("node:path");

// src/core/commands/resolve.ts
var SEV_N = /^sev[-_]?([0-9]{1,3})$/i;
function resolveSeverity(word, config, allowNumber = true) {
  const w = word.trim().toLowerCase();
  const named = config.severities.find((s) => s.id.toLowerCase() === w || s.label.toLowerCase() === w);
  if (named) return named;
  const rank = SEV_N.exec(w)?.[1] ?? (allowNumber && /^[0-9]{1,3}$/.test(w) ? w : void 0);
  return rank === void 0 ? void 0 : config.severities.find((s) => s.rank === Number(rank));
}
function resolveRole(word, config) {
  const w = word.trim().toLowerCase();
  return config.roles.find((r) => r.id.toLowerCase() === w) ?? config.roles.find((r) => r.label.toLowerCase() === w || r.name.toLowerCase() === w);
}

// src/core/effects/synthetic.ts
var selfPerson = (login) => ({ login, isBot: true });
function closeEvent(self, at) {
  return { kind: "closed", id: 0, at, actor: selfPerson(self), reason: "completed" };
}
function commentEvent(self, id, body, url, at) {
  return { kind: "commented", id, at, actor: selfPerson(self), body, association: "NONE", url };
}
function predictedEvents(effects, self, at, placeholder) {
  const actor = selfPerson(self);
  return [
    ...effects.addLabels.map((label) => ({ kind: "labeled", id: 0, at, actor, label })),
    ...effects.removeLabels.map((label) => ({ kind: "unlabeled", id: 0, at, actor, label })),
    ...effects.addAssignees.map(
      (assignee) => ({ kind: "assigned", id: 0, at, actor, assignee })
    ),
    ...effects.removeAssignees.map(
      (assignee) => ({ kind: "unassigned", id: 0, at, actor, assignee })
    ),
    ...effects.comments.map((body) => commentEvent(self, placeholder(), body, "", at)),
    ...effects.close ? [closeEvent(self, at)] : []
  ];
}

// src/core/config/config.ts
var COMPONENT_STATES = ["operational", "degraded", "partial-outage", "major-outage"];
var LABELLED_STATUSES = ["investigating", "identified", "mitigated"];

// src/core/state/label-kind.ts
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
var INCIDENT = { kind: "incident" };
var DRILL = { kind: "drill" };
var NOT_AN_INCIDENT = { kind: "not-an-incident" };
var OTHER = { kind: "other" };
function labelKinds(config) {
  const table = /* @__PURE__ */ new Map();
  const add = (label, kind) => {
    const key = label.toLowerCase();
    if (!table.has(key)) table.set(key, kind);
  };
  add(config.labels.incident, INCIDENT);
  add(config.labels.drill, DRILL);
  add(config.labels.notAnIncident, NOT_AN_INCIDENT);
  for (const level of config.severities) add(level.label, { kind: "severity", level });
  for (const status of LABELLED_STATUSES) add(statusLabel(config, status), { kind: "status", status });
  for (const role of config.roles) add(role.label, { kind: "role", role });
  return (name) => table.get(name.toLowerCase()) ?? OTHER;
}
var statusLabel = (config, status) => `${config.labels.statusPrefix}${status}`;
var hasLabel = (labels, name) => labels.some((l) => same(l, name));

// src/core/text/scan.ts
function trimEndOf(text, chars) {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
function trimStartOf(text, chars) {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start++;
  return text.slice(start);
}
function trimPathStart(text) {
  if (!text.startsWith("./")) return trimStartOf(text, "/");
  let start = 0;
  while (text.startsWith("./", start)) start += 2;
  return text.slice(start);
}
function trimPath(text) {
  return trimEndOf(trimPathStart(text), "/");
}
function joinLines(text) {
  return text.replace(/\s+/g, (run) => run.includes("\n") ? " " : run);
}
function trailingDigits(text) {
  let start = text.length;
  while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
  return start === text.length ? void 0 : text.slice(start);
}
var isDigit = (code) => code >= 48 && code <= 57;
var isLetter = (code) => (code | 32) >= 97 && (code | 32) <= 122;
function skipBlanks(text, from) {
  let at = from;
  while (at < text.length && (text.charAt(at) === " " || text.charAt(at) === "	")) at++;
  return at;
}
var isSpace = (char) => char !== "" && char.trim() === "";
function skipSpaces(text, from) {
  let at = from;
  while (at < text.length && isSpace(text.charAt(at))) at++;
  return at;
}

// src/core/config/format-problems.ts
var CONFIG_PROBLEMS_MARKER = "<!-- incident-workflow:config-problems -->";
function codeSpan(text) {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = longestRun > 0 ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function plainMarkdown(text) {
  return text.replace(/[\\*_[\]`#|~]/g, (c) => `\\${c}`).replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@(?=[A-Za-z0-9])/g, "@\u200B");
}
function inlineMessage(message) {
  const line = joinLines(message).trim();
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
    ...problems.map((p) => `  - ${p.path}: ${joinLines(p.message).trim()}`),
    "Nothing else was changed. Fix the file on the default branch and the next event retries."
  ].join("\n");
}

// src/core/state/markers.ts
var MARKER_PREFIX = "<!-- incident-workflow:";
var BOARD_MARKER = "<!-- incident-workflow:board -->";
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
var isTool = (person2, self) => person2.isBot && person2.login.toLowerCase() === self.toLowerCase();
function headerValue(body, prefix) {
  const line = markerHeader(body).find((l) => l.startsWith(prefix));
  return line === void 0 ? null : line.slice(prefix.length, line.length - MARKER_END.length);
}
var hasHeaderMarker = (body, marker) => markerHeader(body).includes(marker);
var markerValue = (body, name) => headerValue(body, `${MARKER_PREFIX}${name}:`);
var replyMarker = (commentId) => `${MARKER_PREFIX}reply:${commentId} -->`;
var notifyMarker = (key) => `${MARKER_PREFIX}notify:${key} -->`;
var postmortemMarker = (pr, url) => `${MARKER_PREFIX}postmortem:${pr}:${url} -->`;
var dedupMarker = (key) => `${MARKER_PREFIX}dedup:${encodeURIComponent(key)} -->`;
var declaredFromMarker = (commentId) => `${MARKER_PREFIX}declared-from:${commentId} -->`;
var declaredByMarker = (login) => `${MARKER_PREFIX}declared-by:${encodeURIComponent(login)} -->`;
var requestMarker = (id) => `${MARKER_PREFIX}request:${id} -->`;
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
var readDeclaredFrom = (body) => {
  const v = markerValue(body, "declared-from");
  return v === null ? null : Number(v);
};
var readDedupMarker = (body) => {
  const v = markerValue(body, "dedup");
  return v === null ? null : decodeURIComponent(v);
};
var ALERT_MARKER = "<!-- incident-workflow:alert -->";
function encodeText(text) {
  let out = "";
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += ch.length === 1 && c >= 55296 && c <= 57343 ? "\uFFFD" : ch;
  }
  return encodeURIComponent(out);
}
var alertTextMarker = (text) => `${MARKER_PREFIX}alert-text:${encodeText(text)} -->`;
var readAlertTextMarker = (body) => {
  const v = markerValue(body, "alert-text");
  if (v === null) return null;
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
};
var oncallMarker = (role, login, mode) => `${MARKER_PREFIX}oncall:${role}:${login}:${mode} -->`;
var readOncallMarker = (body) => {
  const v = markerValue(body, "oncall");
  const [role, login, mode] = v?.split(":") ?? [];
  return role && login ? { role, login, assign: mode !== "mention" } : null;
};
var reminderMarker = (keys) => `${MARKER_PREFIX}remind:${typeof keys === "string" ? keys : keys.join(",")} -->`;
var readReminderMarker = (body) => markerValue(body, "remind");
var readReminderKeys = (body) => readReminderMarker(body)?.split(",").filter((k) => k !== "") ?? [];
var POSTMORTEM_FAILED_MARKER = `${MARKER_PREFIX}postmortem-failed -->`;
var actionItemsMarker = (pull) => `${MARKER_PREFIX}action-items:${pull} -->`;
var readActionItemsMarker = (body) => {
  const v = markerValue(body, "action-items");
  return v === null ? null : Number(v);
};

// src/core/text/bidi.ts
function isBidiControl(code) {
  return code >= 8234 && code <= 8238 || code >= 8294 && code <= 8297 || code === 8206 || code === 8207 || code === 1564;
}

// src/core/text/bounded-output.ts
var ELLIPSIS = "\u2026";
var EXTEND = new RegExp("^(?:\\p{M}|\\u200d|\\ufe0e|\\ufe0f|[\\u{1f3fb}-\\u{1f3ff}])", "u");
var ONLY_SPACE_OR_QUOTE = /^[\s>]+$/u;
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

// src/core/text/markdown-safe.ts
var WORD_JOINER = "\u2060";
var NBSP = "\xA0";
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
var LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/;
function isSpace2(ch) {
  return ch === "\x85" || SPACE.test(ch);
}
function emitUrl(url, out) {
  for (let i = 0; i < url.length; ) {
    const ch = String.fromCodePoint(url.codePointAt(i));
    const encoded = URL_ENCODED[ch];
    if (encoded !== void 0) out.add(encoded);
    else if (ch === "&" && matchesAt(ENTITY_AT, url, i)) out.add("&amp;");
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
  while (i < line.length && isSpace2(line[i])) {
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
    if (c < 128 ? c === 32 || c >= 9 && c <= 13 : isSpace2(ch)) {
      pendingSpace = true;
      prevWord = false;
      i += ch.length;
      continue;
    }
    if (c < 32 || c >= 127 && c <= 159 || isBidiControl(c)) {
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
    } else if (isBidiControl(c)) {
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
function mention(login) {
  const name = inlineText(login.startsWith("@") ? login.slice(1) : login, 200);
  return name === "" ? "" : `@${WORD_JOINER}${name}`;
}

// src/handlers/alert-duplicate.ts
async function keepOldestAlert(deps, config, dedupKey, created) {
  const self = await deps.self();
  const open = await deps.ports.listIssues({ label: config.labels.incident, state: "open" });
  const older = open.filter(
    (i) => i.number < created.number && isTool(i.author, self) && readDedupMarker(i.body) === dedupKey
  ).sort((a, b) => a.number - b.number)[0];
  if (older === void 0) return null;
  await deps.ports.createComment(
    created.number,
    `Duplicate of #${older.number}: the same alert opened it a moment earlier; it goes on there.
`
  );
  await deps.ports.closeIssue(created.number, "not_planned");
  return older;
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
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (timeZone === "UTC") return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const parts = formatter(timeZone).formatToParts(date);
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
function dashboardRow(state, config, updatedAt) {
  const level = state.severity;
  const last = state.updates.at(-1);
  const cadence = level?.updateCadenceMinutes ?? 0;
  const commander = state.roles.find((r) => r.role.id === "commander")?.holders[0]?.login ?? null;
  return {
    n: state.number,
    title: state.title,
    url: state.url,
    sev: level?.id ?? null,
    rank: level?.rank ?? config.severities.length + 1,
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
  const { updatedAt: _a, ...left } = a;
  const { updatedAt: _b, ...right } = b;
  return JSON.stringify(left) === JSON.stringify(right);
}
var ROW = `${MARKER_PREFIX}row:`;
var ROWS = `${MARKER_PREFIX}rows:`;
var encode = (value) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
function decode(body, prefix) {
  const value = headerValue(body, prefix);
  if (value === null) return null;
  try {
    return JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}
var rowMarker = (row) => `${ROW}${encode(row)} -->`;
var readRowMarker = (body) => decode(body, ROW);
var rowsMarker = (rows) => `${ROWS}${encode(rows)} -->`;
var readRowsMarker = (body) => decode(body, ROWS) ?? [];

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
var duration = (m) => m === null ? "\u2014" : formatDuration(m);
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
function openTable(rows, config, now) {
  const time = (iso) => formatTime(iso, config.timeZone);
  return [
    "| Severity | Incident | Status | Commander | Age | Last update |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => {
      const overdue = r.dueAt !== null && r.dueAt < now ? ` \u26A0\uFE0F **overdue** since ${time(r.dueAt)}` : "";
      const last = r.lastUpdateAt === null ? "none yet" : `${duration(minutes(r.lastUpdateAt, now))} ago`;
      return `| **${r.sev ?? "\u2014"}** | [#${r.n}](${r.url}) ${inlineText(r.title, 120)} | ${STATUS[r.status] ?? r.status} | ${r.commander === null ? "\u26A0\uFE0F none" : mention(r.commander)} | ${duration(minutes(r.declaredAt, now))} | ${last}${overdue} |`;
    })
  ];
}
function resolvedTable(rows, config) {
  return [
    "| Incident | Severity | Resolved | To acknowledge | To mitigate | To resolve | Postmortem | Action items |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) => `| [#${r.n}](${r.url}) ${inlineText(r.title, 120)} | ${r.sev ?? "\u2014"} | ${r.resolvedAt ? formatTime(r.resolvedAt, config.timeZone) : "\u2014"} | ${duration(minutes(r.declaredAt, r.ackAt))} | ${duration(minutes(r.startedAt, r.mitigatedAt))} | ${duration(minutes(r.startedAt, r.resolvedAt))} | ${r.postmortem ? `[postmortem](${r.postmortem})` : "\u2014"} | ${r.items === null ? "\u2014" : `${r.items.closed} of ${r.items.total} done`} |`
    )
  ];
}
function medians(rows, config) {
  const lines = config.severities.flatMap((level) => {
    const of = rows.filter((r) => r.sev === level.id);
    if (of.length === 0) return [];
    const m = (pick) => duration(median(of.map(pick).filter((v) => v !== null)));
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
function renderDashboard(all, config, now) {
  let rows = keptRows(all, now);
  const bySeverity = (a, b) => a.rank - b.rank || a.n - b.n;
  for (; ; ) {
    const real = rows.filter((r) => !r.drill);
    const open = real.filter((r) => r.open).sort(bySeverity);
    const resolved = real.filter((r) => !r.open).sort((a, b) => (b.resolvedAt ?? "").localeCompare(a.resolvedAt ?? ""));
    const drills = rows.filter((r) => r.drill).sort((a, b) => b.declaredAt.localeCompare(a.declaredAt));
    const body = [
      DASHBOARD_MARKER,
      rowsMarker(rows),
      `_Kept up to date by Incident Workflow; as of ${formatTime(now, config.timeZone)}._`,
      "",
      `### Open incidents (${open.length})`,
      "",
      ...open.length === 0 ? ["_None._"] : openTable(open, config, now),
      "",
      `### Resolved in the last 30 days (${resolved.length})`,
      "",
      ...resolved.length === 0 ? ["_None._"] : resolvedTable(resolved, config),
      "",
      "### Medians, last 30 days (drills left out)",
      "",
      ...medians(resolved, config),
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

// src/handlers/refresh-pace.ts
var unpaced = {
  request: (_key, hint, _merge, write) => write(hint)
};

// src/github/write-context.ts
var import_node_async_hooks = require("node:async_hooks");
var storage = new import_node_async_hooks.AsyncLocalStorage();
function withWrites(context, fn) {
  return storage.run(context, fn);
}

// src/handlers/work-queue.ts
var directQueue = {
  run: (_key, hint, _merge, task) => task(hint, new AbortController().signal)
};

// src/handlers/dashboard.ts
async function findDashboard(deps, config) {
  const self = (await deps.self()).toLowerCase();
  const issues = await deps.ports.listIssues({ label: config.labels.dashboard, state: "open" });
  const own = issues.filter(
    (i) => i.author.isBot && i.author.login.toLowerCase() === self && hasHeaderMarker(i.body, DASHBOARD_MARKER)
  ).sort((a, b) => a.number - b.number);
  return own[0] ?? null;
}
var merge = (a, b) => {
  const openNow = b.openNow ?? a.openNow;
  return {
    rows: [...a.rows, ...b.rows],
    ...openNow === void 0 ? {} : { openNow },
    sweep: a.sweep === true || b.sweep === true
  };
};
var fellDue = (rows, from, to) => rows.some((r) => r.open && r.dueAt !== null && r.dueAt > from && r.dueAt <= to);
function refreshDashboard(deps, config, update, queue = directQueue) {
  if (!config.dashboard.enabled) return Promise.resolve();
  const key = `${deps.ports.repo.owner}/${deps.ports.repo.repo}#dashboard`;
  const write = (all) => queue.run(key, all, merge, (hint) => writeDashboard(deps, config, hint));
  return (deps.dashboardPace ?? unpaced).request(key, update, merge, write, update.sweep === true);
}
async function writeDashboard(deps, config, all) {
  const now = deps.now().toISOString();
  const found = await findDashboard(deps, config);
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
  const body = renderDashboard(rows, config, now);
  if (found !== null) return deps.ports.updateIssueBody(found.number, body);
  const marker = requestMarker(globalThis.crypto.randomUUID());
  await deps.ports.createIssue(
    { title: config.dashboard.title, body: `${marker}
${body}`, labels: [config.labels.dashboard] },
    marker
  );
}

// src/core/config/defaults.ts
var STATUS_COLORS = {
  investigating: "c5def5",
  identified: "bfd4f2",
  mitigated: "c2e0c6"
};

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
function spec(name, color, description) {
  return { name, color: color.toLowerCase(), description: labelDescription(description) };
}
function labelSpecs(config) {
  const { labels } = config;
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
    ...config.severities.map(
      (s) => spec(s.label, s.color, s.description === "" ? `Severity level ${s.rank} (${s.id}).` : s.description)
    ),
    ...config.roles.map(
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
async function ensureRepoLabels(ports, config) {
  const existing = new Set((await ports.listRepoLabels()).map((l) => l.toLowerCase()));
  const created = [];
  for (const spec2 of labelSpecs(config)) {
    if (existing.has(spec2.name.toLowerCase())) continue;
    await ports.createRepoLabel(spec2);
    created.push(spec2.name);
  }
  return { created, existing: labelSpecs(config).length - created.length };
}

// src/core/board/acks.ts
var REACT_ALWAYS = { react: true, through: null };
var PREFIX = "<!-- incident-workflow:acked-through ";
var SUFFIX = " -->";
var ackMarker = (through) => `${PREFIX}${through}${SUFFIX}`;
function readAckMarker(body) {
  if (body === void 0) return null;
  for (const line of body.split("\n", 8)) {
    if (!line.startsWith(PREFIX) || !line.endsWith(SUFFIX)) continue;
    const digits = line.slice(PREFIX.length, line.length - SUFFIX.length);
    const n = Number(digits);
    if (digits.length > 0 && digits.length <= 15 && Number.isInteger(n) && n > 0) return n;
  }
  return null;
}
var reactionOwed = (answer2, policy) => answer2.accepted > 0 && answer2.plusOnes === 0 && policy.react && (policy.through === null || answer2.commentId > policy.through);
function nextWatermark(state, policy) {
  if (policy.react) return policy.through;
  const ran = state.answers.filter((a) => a.accepted > 0).map((a) => a.commentId);
  const newest = ran.length === 0 ? null : Math.max(...ran);
  if (newest === null) return policy.through;
  return policy.through === null ? newest : Math.max(newest, policy.through);
}
function recentCommands(state, through, timeZone, limit = 12) {
  if (through === null) return [];
  return state.answers.filter((a) => a.accepted > 0 && a.commentId <= through).slice(-limit).reverse().map((a) => ({
    at: formatTime(a.at, timeZone),
    by: mention(a.author),
    what: a.ran.map((kind) => `\`/${kind}\``).join(", "),
    url: `${state.url}#issuecomment-${a.commentId}`
  }));
}

// src/core/status-page/view-model.ts
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
function publicIncident(state, config) {
  if (!state.isIncident || state.isDrill) return null;
  if (!state.open && (state.closeReason === "not_planned" || state.closeReason === "duplicate")) return null;
  const components = config.components.flatMap((c) => {
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
function contactsFor(state, config) {
  const level = state.severity?.id;
  return config.contacts.filter((c) => c.severities.length === 0 || level !== void 0 && c.severities.includes(level)).map((c) => ({
    name: inlineText(c.name, 100),
    people: c.people.map((p) => mention(p.replace(/^@/, ""))).join(", "),
    links: c.links.map((l) => `[${inlineText(l.title, 100)}](${linkUrl(l.url)})`).join(" \xB7 ")
  }));
}
function publicStatus(state, config) {
  const last = state.publicUpdates.at(-1);
  const components = [...state.components].map(([id, c]) => {
    const name = config.components.find((x) => x.id === id)?.name ?? id;
    return `${inlineText(name, 100)}: ${c.state}`;
  });
  if (!last && components.length === 0 && state.publicTitle === null) return null;
  const title = publicIncident(state, config)?.title ?? state.publicTitle;
  return {
    title: title === null ? null : inlineText(title, 256),
    components: components.join(", "),
    update: last ? inlineText(last.text, 300) : null
  };
}
var linkUrl = (url) => url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
function boardView(state, config, limits) {
  const tz = config.timeZone;
  const time = (iso) => formatTime(iso, tz);
  const level = state.severity;
  const end = state.resolvedAt ?? state.lastEventAt;
  const lastUpdate = state.updates[state.updates.length - 1];
  const cadence = level?.updateCadenceMinutes ?? 0;
  const dueAt = state.open && cadence > 0 ? addMinutes(lastUpdate?.at ?? state.declaredAt, cadence) : null;
  const nextDue = dueAt === null ? null : time(dueAt);
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
    declared: `${time(state.declaredAt)} by ${mention(state.declaredBy)}`,
    started: state.startedAt !== state.declaredAt ? time(state.startedAt) : null,
    duration: `${formatDuration(minutesBetween(state.startedAt, end))}${state.resolvedAt ? "" : ` (as of ${time(end)}, the latest event)`}`,
    timeToMitigate: state.mitigatedAt ? formatDuration(minutesBetween(state.startedAt, state.mitigatedAt)) : null,
    timeToResolve: state.resolvedAt ? formatDuration(minutesBetween(state.startedAt, state.resolvedAt)) : null,
    nextUpdate: nextDue ? `${overdue ? "\u26A0\uFE0F **overdue** since" : "by"} ${nextDue} (every ${formatDuration(cadence)} at ${level?.id})` : null,
    contacts: contactsFor(state, config),
    publicStatus: publicStatus(state, config),
    actionItems: state.actionItems?.map((i) => ({
      done: !i.open,
      text: `[#${i.number}](${i.url}) ${inlineText(i.title, limits.text)}`
    })),
    actionItemsDone: state.actionItems?.filter((i) => !i.open).length ?? 0,
    postmortem: state.postmortem ? `#${state.postmortem.number}` : null,
    roles: state.roles.map((r) => ({
      name: inlineText(r.role.name, 60),
      holders: r.holders.map((h) => mention(h.login)).join(", "),
      since: r.holders[0] ? time(r.holders[0].since) : "",
      missing: r.required && r.holders.length === 0
    })),
    impact: state.impact ? {
      text: blockText(state.impact.text, limits.quote),
      by: mention(state.impact.by),
      at: time(state.impact.at)
    } : null,
    update: lastUpdate ? {
      text: blockText(lastUpdate.text, limits.quote),
      by: mention(lastUpdate.by),
      at: time(lastUpdate.at),
      url: lastUpdate.url
    } : null,
    updateCount: state.updates.length,
    flow: responseFlow(state, level?.flow ?? []).map((f) => ({ ...f, title: inlineText(f.title, 120) })),
    followups: followups.map((f) => ({ text: inlineText(f.text, limits.text), by: mention(f.by) })),
    moreFollowups: state.followups.length - followups.length,
    timeline: shown.map((e) => ({
      at: time(e.at),
      text: inlineText(e.text, limits.text),
      by: mention(e.by)
    })),
    hiddenEvents: hidden,
    timeZone: tz
  };
}

// src/core/board/render.ts
var BOARD_MAX_LENGTH = 65e3;
function renderBoard(state, config, template, row, ackedThrough = null) {
  let limits = { ...DEFAULT_LIMITS, timeline: config.board.timelineLimit };
  const head = [
    BOARD_MARKER,
    ...state.postmortem ? [postmortemMarker(state.postmortem.number, state.postmortem.url)] : [],
    ...row ? [rowMarker({ ...row, updatedAt: "" })] : [],
    ...ackedThrough === null ? [] : [ackMarker(ackedThrough)]
  ].join("\n");
  const recent = recentCommands(state, ackedThrough, config.timeZone);
  const view = (l) => ({ ...boardView(state, config, l), recentCommands: recent });
  for (let attempt = 0; attempt < 12; attempt++) {
    const body2 = `${head}
${template(view(limits)).trim()}
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
${template(view(limits)).trim()}`;
  return `${body.slice(0, BOARD_MAX_LENGTH - 80)}

_The board was cut to fit GitHub's comment limit._
`;
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
var wallDate = (date) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
function instant(text, zone) {
  const [date = "", time = "00:00"] = text.replace("T", " ").split(" ");
  const [h = 0, m = 0] = time.split(":").map(Number);
  return fromWall(wallDate(date) + (h * 60 + m) * 6e4, zone);
}
function firstHandoff(r) {
  const start = wallDate(r.start);
  const weekday = new Date(start).getUTCDay();
  return start + ((r.handoffDay - weekday + 7) % 7 * DAY + r.handoffMinute * 6e4);
}
function weeklyShift(r, at) {
  const wall0 = firstHandoff(r);
  const handoff = (k2) => fromWall(wall0 + k2 * WEEK, r.timeZone);
  let k = Math.floor((at + zoneOffset(r.timeZone, at) - wall0) / WEEK);
  while (handoff(k + 1) <= at) k++;
  while (handoff(k) > at) k--;
  const n = r.people.length;
  return { person: r.people[(k % n + n) % n], from: handoff(k), until: handoff(k + 1), override: false };
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
  const once = /* @__PURE__ */ new Map();
  for (const p of people) if (!once.has(p.toLowerCase())) once.set(p.toLowerCase(), p);
  return [...once.values()].map((p) => `@${p}`).join(" ");
}
function planOnCall(state, config) {
  if (!state.open || ms(state.now) - ms(state.declaredAt) > PAGE_WINDOW_MS) return [];
  const out = [];
  for (const rotation of config.oncall) {
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
function dueReminders(state, config, who) {
  const out = [];
  const now = ms(state.now);
  const level = `**${state.severity?.id}**`;
  const cadence = (state.severity?.updateCadenceMinutes ?? 0) * 6e4;
  if (config.reminders.updates && cadence > 0) {
    const last = state.updates.at(-1);
    const anchorAt = ms(last?.at ?? state.declaredAt);
    const window = Math.floor((now - anchorAt) / cadence);
    const key = `update:${last?.commentId ?? "declared"}:${window}`;
    if (window >= 1 && !state.reminded.has(key)) {
      const age = formatDuration(Math.round((now - anchorAt) / 6e4));
      const since = last ? `the latest update is ${age} old` : `no update has been posted in ${age}`;
      const every = `asks for one every ${formatDuration(cadence / 6e4)}. Post one with \`/update <text>\`.`;
      out.push({
        key,
        alone: `${who} ${since} on incident #${state.number}: ${level} ${every}`,
        item: `an update: ${since}; ${level} ${every}`
      });
    }
  }
  const grace = config.reminders.roleGraceMinutes * 6e4;
  if (grace > 0) {
    for (const [roleId, since] of state.roleEmptySince) {
      const key = `role:${roleId}:${since}`;
      if (now - ms(since) <= grace || state.reminded.has(key)) continue;
      const role = state.roles.find((r) => r.role.id === roleId)?.role;
      if (!role) continue;
      const empty = formatDuration(Math.round((now - ms(since)) / 6e4));
      const name = `**${inlineText(role.name, 60)}**`;
      const give = `Give the role with \`/role ${roleId} @someone\`.`;
      out.push({
        key,
        alone: `${who} incident #${state.number} has had no ${name} for ${empty}; ${level} requires one. ${give}`,
        item: `a ${name}: none for ${empty}; ${level} requires one. ${give}`
      });
    }
  }
  return out;
}
function planReminders(state, config) {
  if (!state.open || !state.isIncident) return [];
  const who = addressees(state);
  const due = dueReminders(state, config, who);
  const [first] = due;
  if (first === void 0) return [];
  const marker = reminderMarker(due.map((d) => d.key));
  if (due.length === 1) return [`${marker}
${first.alone}
`];
  const items = due.map((d) => `- ${d.item}
`).join("");
  return [`${marker}
${who} incident #${state.number} needs:
${items}`];
}
function wakeAt(state, config) {
  if (!state.open || !state.isIncident) return null;
  const now = ms(state.now);
  const times = [];
  const cadence = (state.severity?.updateCadenceMinutes ?? 0) * 6e4;
  if (cadence > 0) {
    const anchor = ms(state.updates.at(-1)?.at ?? state.declaredAt);
    times.push(anchor + (Math.floor((now - anchor) / cadence) + 1) * cadence);
  }
  const grace = config.reminders.roleGraceMinutes * 6e4;
  for (const since of state.roleEmptySince.values()) if (grace > 0) times.push(ms(since) + grace + 1e3);
  const next = times.filter((t) => t > now).sort((a, b) => a - b)[0];
  return next === void 0 ? null : new Date(next).toISOString();
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
var FORM_MAX_LINES = 5e3;
function headingText(line) {
  if (!line.startsWith("###")) return void 0;
  const start = skipBlanks(line, 3);
  if (start === 3 || start === line.length || /[\u2028\u2029]/.test(line)) return void 0;
  let end = line.length;
  while (end > start && (line.charAt(end - 1) === " " || line.charAt(end - 1) === "	")) end--;
  while (end > start && line.charAt(end - 1) === "#") end--;
  while (end > start && (line.charAt(end - 1) === " " || line.charAt(end - 1) === "	")) end--;
  return line.slice(start, Math.max(end, start + 1));
}
function formLines(body) {
  const lines = body.replace(/\r\n?/g, "\n").split("\n", FORM_MAX_LINES + 1);
  return lines.length > FORM_MAX_LINES ? void 0 : lines;
}
function fieldOf(label) {
  const wanted = label.trim().toLowerCase();
  for (const [field, text] of Object.entries(INCIDENT_FORM_LABELS)) {
    if (text.toLowerCase() === wanted) return field;
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
  for (const line of formLines(body) ?? []) {
    const heading = headingText(line);
    const field = heading === void 0 ? void 0 : fieldOf(heading);
    if (field !== void 0) {
      flush();
      current = field;
      lines = [];
    } else if (current !== void 0) {
      lines.push(line);
    }
  }
  flush();
  return out;
}
function severityFromChoice(choice, config) {
  const text = choice.trim();
  if (/^unsure\b/i.test(text)) return (config.severities[1] ?? config.severities[0])?.id;
  const word = text.split(/\s+/)[0]?.toLowerCase() ?? "";
  if (word === "") return void 0;
  const named = config.severities.find((s) => s.id.toLowerCase() === word || s.label.toLowerCase() === word);
  if (named !== void 0) return named.id;
  const rank = trailingDigits(word);
  const ranked = rank === void 0 ? void 0 : config.severities.find((s) => s.rank === Number(rank));
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
function parseIncidentForm(body, config) {
  const found = sections(body ?? "");
  const form = {};
  const summary = found.get("summary");
  if (summary !== void 0) form.summary = summary;
  const impact = found.get("impact");
  if (impact !== void 0) form.impact = impact;
  const choice = found.get("severity");
  const severity = choice === void 0 ? void 0 : severityFromChoice(choice, config);
  if (severity !== void 0) form.severity = severity;
  const startedAt = found.get("startedAt");
  if (startedAt !== void 0) form.startedAt = parseIsoTime(startedAt, config.timeZone) ?? startedAt;
  const links = found.get("links");
  if (links !== void 0) form.links = links;
  return form;
}
function isIncidentForm(body) {
  const headings = (formLines(body ?? "") ?? []).flatMap((line) => {
    const field = headingText(line);
    return field === void 0 ? [] : [fieldOf(field)];
  }).filter((f) => f !== void 0);
  const order = Object.keys(INCIDENT_FORM_LABELS);
  return headings.length === order.length && headings.every((f, i) => f === order[i]);
}

// src/core/postmortem/action-items.ts
function sha1(text) {
  return process.getBuiltinModule("node:crypto").createHash("sha1").update(text).digest("hex");
}
var LOGIN = /(?:^|[^\w@`])@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![\w/-])/;
var TERMINATOR = /[\u2028\u2029]/;
function taskItem(line) {
  let at = 0;
  while (at < 3 && isSpace(line.charAt(at))) at++;
  if (!"-*+".includes(line.charAt(at)) || line.charAt(at) === "") return void 0;
  const box = skipSpaces(line, at + 1);
  if (box === at + 1 || line.charAt(box) !== "[" || line.charAt(box + 2) !== "]") return void 0;
  const mark = line.charAt(box + 1);
  if (mark !== " " && mark !== "x" && mark !== "X") return void 0;
  const start = skipSpaces(line, box + 3);
  if (start === box + 3) return void 0;
  const text = line.slice(start).trimEnd();
  if (TERMINATOR.test(text)) return void 0;
  if (text === "" && !/[^\u2028\u2029]/.test(line.slice(box + 4, start))) return void 0;
  return { done: mark !== " ", text };
}
function withoutOwner(text) {
  const trimmed = text.trimEnd();
  const open = trimmed.lastIndexOf("(@");
  if (!trimmed.endsWith(")") || open < 0) return text;
  const login = trimmed.slice(open + 2, -1);
  return login !== "" && /^[\w-]+$/.test(login) ? trimmed.slice(0, open) : text;
}
function frontMatter(document, field) {
  const block = /^---\n([\s\S]*?)\n---/.exec(document.replace(/\r\n?/g, "\n"))?.[1] ?? "";
  const line = block.split("\n").find((l) => l.startsWith(`${field}:`));
  if (line === void 0) return null;
  const raw = line.slice(field.length + 1).trim();
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
    const m = taskItem(line);
    if (!m) continue;
    const text = m.text;
    const assignee = LOGIN.exec(text)?.[1] ?? null;
    const normalised = text.replace(/\s+/g, " ").toLowerCase();
    items.push({
      text,
      assignee: assignee?.endsWith("[bot]") ? null : assignee,
      done: m.done,
      key: sha1(normalised).slice(0, 12)
    });
  }
  return items;
}
var actionItemMarker = (incident, pull, key) => `${MARKER_PREFIX}action-item:${incident}:${pull}:${key} -->`;
function readActionItemMarker(body) {
  const v = headerValue(body, `${MARKER_PREFIX}action-item:`);
  const m = v === null ? null : /^(\d{1,9}):(\d{1,9}):([0-9a-f]{1,40})$/.exec(v);
  return m ? { incident: Number(m[1]), pull: Number(m[2]), key: m[3] ?? "" } : null;
}
var dueMarker = (date) => `${MARKER_PREFIX}due:${date} -->`;
var readDueMarker = (body) => {
  const v = headerValue(body, `${MARKER_PREFIX}due:`);
  return v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
};
function dueDays(config, severity) {
  const days = config.actionItems.dueDays;
  if (severity !== null && days[severity] !== void 0) return days[severity];
  if (days.default !== void 0) return days.default;
  const rank = config.severities.find((s) => s.id === severity)?.rank ?? 3;
  return rank === 1 ? 14 : rank === 2 ? 30 : 60;
}
function actionItemIssue(input) {
  const { item, pull, incident } = input;
  const title = withoutOwner(item.text).replace(/\s+/g, " ").trim().slice(0, 240);
  const body = [
    actionItemMarker(incident, pull.number, item.key),
    dueMarker(input.due),
    `**Action item** from the postmortem of incident #${incident} (${pull.url}, \`${input.document}\`).`,
    "",
    `> ${inlineText(item.text, 1e3)}`,
    "",
    `**Due:** ${input.due}${input.severity ? ` (${input.severity})` : ""}`
  ].join("\n");
  return { title: title === "" ? "Action item" : title, body };
}

// src/core/state/decisions.ts
var same2 = (a, b) => a.toLowerCase() === b.toLowerCase();
var holdsRole = (acc, roleId, login) => (acc.holders.get(roleId) ?? []).some((h) => same2(h.login, login));
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
function grantRole(acc, role, login, source, text) {
  const current = acc.holders.get(role.id) ?? [];
  const existing = current.find((h) => same2(h.login, login));
  if (existing !== void 0) {
    existing.grantedAt = source.at;
    return;
  }
  const holder = { login, since: source.at, by: source.by, grantedAt: source.at };
  if (role.id === "commander") acc.state.acknowledgedAt ??= source.at;
  acc.holders.set(role.id, role.multiple ? [...current, holder] : [holder]);
  acc.state.timeline.push({ at: source.at, by: source.by, kind: "role", text, ...link(source) });
}
function freeRole(acc, role, login, source) {
  const current = acc.holders.get(role.id) ?? [];
  const left = login === void 0 ? [] : current.filter((h) => !same2(h.login, login));
  if (left.length === current.length) return;
  acc.holders.set(role.id, left);
  if (left.length === 0) acc.roleFreedAt.set(role.id, source.at);
  acc.state.timeline.push({
    at: source.at,
    by: source.by,
    kind: "role",
    text: login === void 0 ? `${role.name} role freed` : `@${login} is no longer ${role.name}`,
    ...link(source)
  });
}

// src/core/state/trust.ts
var DECIDING_PERMISSION = "triage";
var DECIDING = /* @__PURE__ */ new Set(["triage", "write", "maintain", "admin"]);
var canDecide = (permission) => permission !== void 0 && DECIDING.has(permission);
function permissionFromAssociation(association) {
  if (association === "OWNER") return "admin";
  if (association === void 0 || association === "MEMBER" || association === "COLLABORATOR")
    return void 0;
  return "read";
}
var isAllowedUser = (config, login) => config.commands.allowUsers.some((u) => u.toLowerCase() === login.toLowerCase());
function permissionOf(login, association, permissions) {
  return permissionFromAssociation(association) ?? permissions.get(login.toLowerCase());
}
var same3 = (a, b) => a.toLowerCase() === b.toLowerCase();
function mayDecide(ctx, actor) {
  if (ctx.isSelf(actor) || actor.isBot || isAllowedUser(ctx.config, actor.login)) return true;
  if (!same3(actor.login, ctx.issue.author.login)) return true;
  return canDecide(permissionOf(actor.login, ctx.issue.authorAssociation, ctx.permissions));
}
var authorMayDecide = (ctx) => mayDecide(ctx, ctx.issue.author);
function needsAsking(config, person2, association) {
  return !person2.isBot && !isAllowedUser(config, person2.login) && permissionFromAssociation(association) === void 0;
}
var selfMatcher = (self) => (person2) => person2.isBot && person2.login.toLowerCase() === self.toLowerCase();

// src/core/commands/authorize.ts
var needsPermission = (command, config) => config.commands.requirePermission.includes(command.kind);
function mayRunCommands(author, config) {
  const allowed = config.commands.allow.includes(author.association) || isAllowedUser(config, author.login);
  if (allowed) return { ok: true };
  return {
    ok: false,
    reason: `only ${config.commands.allow.map((a) => a.toLowerCase()).join(", ")} accounts of this repository may run incident commands (you are ${author.association.toLowerCase().replaceAll("_", " ")})`
  };
}
function authorize(command, author, config, roles) {
  const may = mayRunCommands(author, config);
  if (!may.ok) return may;
  const listed = isAllowedUser(config, author.login);
  if (!listed && needsPermission(command, config) && !canDecide(author.permission)) {
    const yours = author.permission === void 0 ? "your permission could not be read" : `you have ${author.permission}`;
    return {
      ok: false,
      reason: `\`/${command.kind}\` needs ${DECIDING_PERMISSION} permission or more on this repository (${yours})`
    };
  }
  const sevRoles = config.commands.sevRoles;
  if (command.kind === "sev" && sevRoles.length > 0) {
    const holds = roles.some(
      (r) => sevRoles.includes(r.role.id) && r.holders.some((h) => h.login.toLowerCase() === author.login.toLowerCase())
    );
    if (!holds) return { ok: false, reason: `only the ${sevRoles.join(" or ")} may change the severity` };
  }
  return { ok: true };
}

// src/core/commands/command-line.ts
var COMMAND_LINE = /^ {0,3}\//m;

// src/core/commands/command-lines.ts
var MAX_COMMAND_LINES = 20;
var MAX_ARGUMENT_LENGTH = 2e3;
var COMMAND = /^ {0,3}\/([A-Za-z][A-Za-z0-9_-]{0,39})(?:\s+(.*))?$/s;
function fenceOf(line) {
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 32) at++;
  const code = line.charCodeAt(at);
  if (code !== 96 && code !== 126) return void 0;
  let end = at;
  while (line.charCodeAt(end) === code) end++;
  if (end - at < 3) return void 0;
  return {
    char: code === 96 ? "`" : "~",
    length: end - at,
    rest: end === line.length ? "" : line.slice(end)
  };
}
function insideHtmlComment(line, open) {
  let inside = open;
  for (let at = 0; ; ) {
    const next = inside ? line.indexOf("-->", at) : line.indexOf("<!--", at);
    if (next < 0) return inside;
    at = next + (inside ? 3 : 4);
    inside = !inside;
  }
}
function nextOf(text, needle) {
  let found = -2;
  return (from) => {
    if (found !== -1 && found < from) found = text.indexOf(needle, from);
    return found;
  };
}
function lineEnds(text) {
  let lf = -2;
  let cr = -2;
  return (start) => {
    if (lf !== -1 && lf < start) lf = text.indexOf("\n", start);
    if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
    if (lf < 0) return cr < 0 ? text.length : cr;
    return cr < 0 ? lf : Math.min(lf, cr);
  };
}
function plainLine(text, start, end, htmlOpen) {
  let at = start;
  while (at < start + 3 && at < end && text.charCodeAt(at) === 32) at++;
  const first = at < end ? text.charCodeAt(at) : -1;
  if (first === 96 || first === 126 || first === 62 || first === 47) return false;
  const open = htmlOpen(start);
  return open < 0 || open >= end;
}
function commandLines(body, limit) {
  const found = [];
  let fence;
  let inHtmlComment = false;
  const lineEnd = lineEnds(body);
  const htmlOpen = nextOf(body, "<!--");
  for (let start = 0, index = 0; start <= body.length && found.length < limit; index++) {
    const end = lineEnd(start);
    const lineStart = start;
    start = end + (body.charCodeAt(end) === 13 && body.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (!fence && !inHtmlComment && plainLine(body, lineStart, end, htmlOpen)) continue;
    const raw = body.slice(lineStart, end);
    if (fence) {
      const close = fenceOf(raw);
      if (close?.char === fence.char && close.length >= fence.length && (close.rest === "" || close.rest.trim() === "")) {
        fence = void 0;
      }
      continue;
    }
    if (inHtmlComment) {
      inHtmlComment = insideHtmlComment(raw, true);
      continue;
    }
    let at = 0;
    while (at < 3 && raw.charCodeAt(at) === 32) at++;
    const first = raw.charCodeAt(at);
    const open = first === 96 || first === 126 ? fenceOf(raw) : void 0;
    if (open && (open.rest === "" || !(open.char === "`" && open.rest.includes("`")) && !/[\u2028\u2029]/.test(open.rest))) {
      fence = open;
      continue;
    }
    if (first === 62) continue;
    const m = first === 47 ? COMMAND.exec(raw) : null;
    if (m) found.push({ name: m[1], args: m[2] ?? "", line: index + 1, raw });
    inHtmlComment = insideHtmlComment(raw, false);
  }
  return found;
}

// src/core/commands/quote.ts
var quote = (word) => JSON.stringify([...word].slice(0, 40).join(""));

// src/core/commands/started-time.ts
var ABSOLUTE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T|\s+)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?\s*(Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)?$/i;
var CLOCK = /^()()()([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?\s*(Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)?$/i;
var RELATIVE = /^((?:[0-9]{1,6}\s*[a-z]+[\s,]*)+)ago$/i;
var UNIT_MS = [
  [/^(s|secs?|seconds?)$/i, 1e3],
  [/^(m|mins?|minutes?)$/i, 6e4],
  [/^(h|hrs?|hours?)$/i, 36e5],
  [/^(d|days?)$/i, 864e5]
];
function amounts(text) {
  const out = [];
  for (let at = 0; at < text.length; ) {
    if (!isDigit(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const digits = at;
    while (at < text.length && isDigit(text.charCodeAt(at))) at++;
    const n = text.slice(digits, at);
    at = skipSpaces(text, at);
    const letters = at;
    while (at < text.length && isLetter(text.charCodeAt(at))) at++;
    if (at > letters) out.push([n, text.slice(letters, at)]);
  }
  return out;
}
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
    const date = m[1] ? [y ?? 0, (mo ?? 0) - 1, d ?? 0] : [today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()];
    const [year = 0, month = 0, day = 0] = date;
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
    for (const [n, unit] of amounts(rel[1])) {
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
    const w = trimEndOf(word, ".;:!?");
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
function levels(config) {
  const ids = config.severities.map((s) => s.id);
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
var unknownRole = (word, config, usage) => `unknown role ${quote(word)}; the roles are ${config.roles.map((r) => r.id).join(", ")} (usage: ${usage})`;
var textCommand = (kind) => (args) => {
  const text = args.trim();
  return text === "" ? invalid(kind, `usage: /${kind} <text>`) : { kind, text };
};
var HANDLERS = {
  declare(args, config) {
    const usage = "usage: /declare [--drill] [SEVn] <title>";
    const drill = /(^|\s)--drill(?=\s|$)/i.test(args);
    const rest0 = args.replace(/(^|\s)--drill(?=\s|$)/i, " ").trim();
    const [word, rest] = firstWord(rest0);
    const level = word === "" ? void 0 : resolveSeverity(word, config, false);
    if (!level && SEV_N.test(word))
      return invalid("declare", `there is no level ${quote(word)}: use ${levels(config)}; ${usage}`);
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
  sev(args, config) {
    const [word, rest] = firstWord(args);
    if (word === "") return invalid("sev", `usage: /sev <level>, one of ${levels(config)}`);
    const level = resolveSeverity(word, config);
    if (!level) return invalid("sev", `there is no level ${quote(word)}: use /sev with ${levels(config)}`);
    return withText({ kind: "sev", severity: level.id }, rest);
  },
  role(args, config) {
    const [word, ...users] = args.trim().split(/[\s,]+/);
    const usage = "/role <role> <@user|me>\u2026";
    if (!word) return invalid("role", `usage: ${usage}`);
    const role = resolveRole(word, config);
    return role ? roleCommand("role", role, users) : invalid("role", unknownRole(word, config, usage));
  },
  unrole(args, config) {
    const [word, ...rest] = args.trim().split(/[\s,]+/);
    const usage = "/unrole <role> [@user|me]";
    if (!word) return invalid("unrole", `usage: ${usage}`);
    const role = resolveRole(word, config);
    if (!role) return invalid("unrole", unknownRole(word, config, usage));
    const parsed = parseUsers(rest);
    if ("reason" in parsed) return invalid("unrole", `${parsed.reason} (usage: ${usage})`);
    if (parsed.users.length > 1) return invalid("unrole", `name one person at a time: ${usage}`);
    const [user] = parsed.users;
    return user ? { kind: "unrole", role: role.id, user } : { kind: "unrole", role: role.id };
  },
  status(args, config) {
    const [word, rest] = firstWord(args);
    const prefix = config.labels.statusPrefix.toLowerCase();
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
  done(args, config) {
    const [word, rest] = firstWord(args);
    const steps = [...new Set(config.severities.flatMap((s) => s.flow.map((f) => f.id)))];
    const step = steps.find((id) => id.toLowerCase() === word.toLowerCase());
    if (!step) {
      const known = `the steps are ${steps.join(", ")}`;
      return invalid(
        "done",
        word === "" ? `usage: /done <step>; ${known}` : `unknown step ${quote(word)}; ${known}`
      );
    }
    return withText({ kind: "done", step }, rest);
  },
  started(args, config, now) {
    const result = parseStartedTime(args, now, config.timeZone);
    return "at" in result ? { kind: "started", at: result.at } : invalid("started", result.reason);
  },
  resolve(args) {
    const text = args.trim();
    return text === "" ? { kind: "resolve" } : { kind: "resolve", text };
  },
  timeline(args, config, now) {
    const words = args.trim().split(/\s+/);
    const usage = "usage: /timeline <time> <what happened>, e.g. /timeline 09:12 errors started";
    for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
      const parsed = parseStartedTime(words.slice(0, n).join(" "), now, config.timeZone);
      if ("at" in parsed) return { kind: "timeline", at: parsed.at, text: words.slice(n).join(" ") };
    }
    const alone = parseStartedTime(args, now, config.timeZone);
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
  component(args, config) {
    const words = args.trim().toLowerCase().split(/[\s,]+/).filter((w) => w !== "");
    const states = COMPONENT_STATES.join(", ");
    const usage = `usage: /component <id>\u2026 <state>; the states are ${states}`;
    const ids = config.components.map((c) => c.id);
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
      const id = ids.find((c) => c.toLowerCase() === word);
      if (!id)
        return invalid("component", `unknown component ${quote(word)}; the components are ${ids.join(", ")}`);
      if (!components.includes(id)) components.push(id);
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
function helpMarkdown(config) {
  const cell = (s) => s.replaceAll("|", "\\|");
  const rows = COMMAND_HELP.map((c) => `| \`${cell(c.usage)}\` | ${cell(c.summary)} |`);
  const sevs = config.severities.map(
    (s) => `\`${s.id}\` (${s.rank}${s.label === s.id ? "" : `, label ${inlineText(s.label, 50)}`})`
  );
  const roles = config.roles.map((r) => `\`${r.id}\`${r.multiple ? " (several people)" : ""}`);
  return [
    "**Incident commands**: one per line, each at the start of its line.",
    "",
    "| Command | What it does |",
    "| --- | --- |",
    ...rows,
    "",
    `**Levels:** ${sevs.join(", ")}. **Roles:** ${roles.join(", ")}.`,
    `Times without a zone are read as ${inlineText(config.timeZone, 60)}.`
  ].join("\n");
}

// src/core/commands/parse.ts
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
function unknown(name, config) {
  const names = [...Object.keys(HANDLERS), ...config.roles.map((r) => r.id.toLowerCase())];
  let best;
  let bestDistance = name.length < 4 ? 1 : 2;
  for (const candidate of names) {
    const d = distance(name, candidate);
    if (d <= bestDistance && (best === void 0 || d < bestDistance)) [best, bestDistance] = [candidate, d];
  }
  return best === void 0 ? { kind: "unknown", name } : { kind: "unknown", name, suggestion: best };
}
function parseCommand(rawName, args, config, now) {
  const name = rawName.toLowerCase();
  const canonical = ALIASES[name] ?? name;
  const handler = Object.hasOwn(HANDLERS, canonical) ? HANDLERS[canonical] : void 0;
  if (handler) return handler(args, config, now);
  const sev = SEV_N.exec(name);
  if (sev) return HANDLERS.sev(`${sev[1]} ${args}`, config, now);
  const role = resolveRole(name, config);
  if (role) return roleCommand(name, role, args.trim().split(/[\s,]+/));
  return unknown(name, config);
}
function commandOf(found, config, now) {
  const source = { line: found.line, raw: found.raw };
  if (found.args.length > MAX_ARGUMENT_LENGTH) {
    const reason = `the text after /${found.name} is ${found.args.length} characters long; at most ${MAX_ARGUMENT_LENGTH} are read`;
    return { kind: "invalid", name: found.name.toLowerCase(), reason, ...source };
  }
  return { ...parseCommand(found.name, found.args, config, now), ...source };
}
function parseCommands(body, config, options = {}) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const found = commandLines(body, MAX_COMMAND_LINES + 1);
  const commands = found.slice(0, MAX_COMMAND_LINES).map((line) => commandOf(line, config, now));
  const extra = found[MAX_COMMAND_LINES];
  if (extra !== void 0) {
    const reason = `a comment may hold at most ${MAX_COMMAND_LINES} commands; this line and those after it were not run`;
    commands.push({
      kind: "invalid",
      name: extra.name.toLowerCase(),
      reason,
      line: extra.line,
      raw: extra.raw
    });
  }
  return commands;
}

// src/core/oncall/describe.ts
function oncallAnswer(config, at) {
  if (config.oncall.length === 0) {
    return "No on-call rotation is configured (`oncall` in `.github/incidents.yml`).";
  }
  const when = Date.parse(at);
  const lines = config.oncall.map((r) => {
    const role = config.roles.find((x) => x.id === r.role)?.name ?? r.role;
    const { now, next } = onCall(r, when);
    const until = formatTime(new Date(now.until).toISOString(), r.timeZone);
    return `| ${role} | ${mention(now.person)}${now.override ? " (override)" : ""} | ${until} | ${mention(next.person)} |`;
  });
  return [
    `**On call** at ${formatTime(at, config.timeZone)}:`,
    "",
    "| Role | Now | Until | Next |",
    "| --- | --- | --- | --- |",
    ...lines
  ].join("\n");
}

// src/core/state/answer.ts
var quoted = (raw) => `**${inlineText(raw, 120)}**`;
function commandAnswerLine(config, command, at) {
  switch (command.kind) {
    case "oncall":
      return oncallAnswer(config, at);
    case "declare":
      return `${quoted(command.raw)}: this issue is already an incident.`;
    case "help":
      return helpMarkdown(config);
    case "unknown":
      return `${quoted(command.raw)}: unknown command.

${helpMarkdown(config)}`;
    case "invalid":
      return `${quoted(command.raw)}: ${inlineText(command.reason, 300)}`;
    default:
      return null;
  }
}
var refusalLine = (raw, reason) => `${quoted(raw)} was not run: ${reason}.`;

// src/core/state/apply-command.ts
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
      for (const id of command.components) s.components.set(id, { state: command.state, at: event.at, by });
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
        const login = resolveUser(user);
        grantRole(acc, role, login, source, `@${login} is ${role.name}`);
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
  for (const key of readReminderKeys(body)) s.reminded.add(key);
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
  if (hasHeaderMarker(body, ALERT_MARKER)) {
    const raw = readAlertTextMarker(body);
    const text = raw === null ? body.slice(ALERT_MARKER.length).trim().split("\n")[0] ?? "" : `Alert repeated: ${raw}`;
    s.timeline.push({ at: event.at, by: event.actor.login, kind: "alert", text, url: event.url });
  }
}
function commandsOf(cache, event, config) {
  let commands = cache?.get(event);
  if (commands === void 0) {
    commands = parseCommands(event.body, config, { now: new Date(event.at) });
    cache?.set(event, commands);
  }
  return commands;
}
var parsedCommands = (acc, event) => commandsOf(acc.commands, event, acc.config);
var NO_ROLES = [];
function rolesBefore(acc, commands) {
  if (acc.config.commands.sevRoles.length === 0 || !commands.some((c) => c.kind === "sev")) return NO_ROLES;
  return acc.config.roles.map((role) => ({
    role,
    holders: [...acc.holders.get(role.id) ?? []],
    required: false
  }));
}
function foldCommands(acc, event) {
  if (!COMMAND_LINE.test(event.body)) return;
  const author = { login: event.actor.login, association: event.association };
  const may = mayRunCommands(author, acc.config);
  if (!may.ok) {
    refuseUnparsed(acc, event, may.reason);
    return;
  }
  const commands = parsedCommands(acc, event);
  if (commands.length === 0) return;
  const lines = [];
  let accepted = 0;
  const roles = rolesBefore(acc, commands);
  const permitted = {
    ...author,
    permission: permissionOf(event.actor.login, event.association, acc.permissions)
  };
  const ran = [];
  for (const command of commands) {
    const ok = authorize(command, permitted, acc.config, roles);
    const line = ok.ok ? commandAnswerLine(acc.config, command, event.at) : refusalLine(command.raw, ok.reason);
    if (line === null) {
      accepted++;
      ran.push(command.kind);
      applyCommand(acc, event, command);
    } else lines.push(line);
  }
  answer(acc, event, lines, accepted, ran);
}
function answer(acc, event, lines, accepted, ran = []) {
  if (!acc.state.isIncident) return;
  acc.state.answers.push({
    commentId: event.id,
    author: event.actor.login,
    at: event.at,
    lines,
    accepted,
    ran,
    plusOnes: event.plusOnes ?? 0
  });
}
function refuseUnparsed(acc, event, reason) {
  const found = commandLines(event.body, MAX_COMMAND_LINES);
  if (found.length === 0) return;
  answer(
    acc,
    event,
    found.map((line) => refusalLine(line.raw, reason)),
    0
  );
}
var BODY_COMMANDS = /* @__PURE__ */ new Set(["public", "public-title", "component"]);
function foldBodyCommands(acc) {
  const { issue } = acc;
  if (!COMMAND_LINE.test(issue.body) || issue.author.isBot) return;
  const event = {
    kind: "commented",
    id: 0,
    at: issue.createdAt,
    actor: issue.author,
    body: issue.body,
    association: issue.authorAssociation ?? "NONE",
    url: issue.url
  };
  const author = {
    login: issue.author.login,
    association: event.association,
    permission: permissionOf(issue.author.login, event.association, acc.permissions)
  };
  if (!mayRunCommands(author, acc.config).ok) return;
  for (const command of parseCommands(issue.body, acc.config, { now: new Date(issue.createdAt) })) {
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
  if (!acc.isSelf(event.actor)) return mayDecide(acc, event.actor);
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
    if (!present) s.isIncident = false;
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
  const own = acc.isSelf(event.actor);
  const by = !own ? event.actor.login : decision ? acc.declarer : acc.issue.author.login;
  if (kind.kind === "incident") {
    if (event.kind === "labeled" && (own || decision)) {
      acc.state.isIncident = true;
      if (!wasIncident) foldDeclaration(acc, event, by);
    }
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

// src/core/state/history-order.ts
function withCreationLabels(issue, events) {
  if (issue.labels.length === 0) return events;
  const seen = /* @__PURE__ */ new Set();
  for (const e of events) if (e.kind === "labeled") seen.add(e.label.toLowerCase());
  const missing = issue.labels.filter((l) => !seen.has(l.toLowerCase()));
  if (missing.length === 0) return events;
  const synthetic = missing.map((label) => ({
    kind: "labeled",
    id: 0,
    at: issue.createdAt,
    actor: issue.author,
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

// src/core/state/initial-state.ts
function initialState(issue, declarer) {
  return {
    number: issue.number,
    title: issue.title,
    url: issue.url,
    author: issue.author.login,
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
    declaredAt: issue.createdAt,
    declaredBy: declarer,
    startedAt: issue.createdAt,
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
    closedByDecider: true,
    postmortemFailed: false,
    oncallPaged: /* @__PURE__ */ new Set(),
    reminded: /* @__PURE__ */ new Set(),
    roleEmptySince: /* @__PURE__ */ new Map(),
    now: issue.createdAt,
    acknowledgedAt: null,
    publicUpdates: [],
    publicTitle: null,
    actionItemPulls: [],
    actionItems: null,
    components: /* @__PURE__ */ new Map(),
    notified: /* @__PURE__ */ new Set(),
    postmortem: null,
    configErrorComment: null,
    lastEventAt: issue.createdAt
  };
}

// src/core/state/derive.ts
var NO_PERMISSIONS = /* @__PURE__ */ new Map();
function foldAssignment(acc, event) {
  const s = acc.state;
  const login = event.assignee.toLowerCase();
  s.assignees = s.assignees.filter((a) => a.toLowerCase() !== login);
  if (event.kind === "assigned") s.assignees.push(event.assignee);
  if (event.kind === "assigned" && acc.isSelf(event.actor)) s.assignedBySelf.add(login);
  else s.assignedBySelf.delete(login);
  if (event.kind === "unassigned" && !acc.isSelf(event.actor)) s.unassignedByPeople.set(login, event.at);
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
    s.closedByDecider = true;
    s.timeline.push({ at: event.at, by, kind: "reopened", text: "Reopened" });
    return;
  }
  s.open = false;
  s.closeReason = event.reason;
  s.closedAt = event.at;
  s.resolveRequested = false;
  s.postmortemFailed = false;
  s.closedByDecider = mayDecide(acc, event.actor);
  if (event.reason === "completed" && s.closedByDecider) s.resolvedAt = event.at;
  const text = event.reason === "not_planned" ? "Closed as not planned: not an incident" : s.closedByDecider ? "Closed: resolved" : "Closed by its author, who may not resolve incidents: no postmortem";
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
      const what = event.source.isPullRequest ? "pull request" : "issue";
      if (event.source.hidden) {
        s.timeline.push({
          at: event.at,
          by: event.actor.login,
          kind: "reference",
          text: `Referenced by ${what === "issue" ? "an issue" : "a pull request"} in a private repository`
        });
        return;
      }
      s.timeline.push({
        at: event.at,
        by: event.actor.login,
        kind: "reference",
        text: `Referenced by ${what} ${event.source.repository}#${event.source.number}: ${event.source.title}`,
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
  const required = new Set(s.severity?.requiredRoles ?? []);
  s.roles = acc.config.roles.map((role) => ({
    role,
    holders: acc.holders.get(role.id) ?? [],
    required: required.has(role.id)
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
  if (!s.open && s.closeReason === "completed" && s.closedByDecider) s.status = "resolved";
  return s;
}
function deriveState(issue, events, config, options) {
  const isSelf = selfMatcher(options.self);
  const declarer = (isSelf(issue.author) ? readDeclaredBy(issue.body) : null) ?? issue.author.login;
  const permissions = options.permissions ?? NO_PERMISSIONS;
  const formTrusted = authorMayDecide({ config, issue, isSelf, permissions });
  const formSeverity = formTrusted ? options.formSeverity : void 0;
  const wanted = formSeverity ?? config.defaultSeverity;
  const acc = {
    config,
    issue,
    state: initialState(issue, declarer),
    isSelf,
    declarer,
    holders: /* @__PURE__ */ new Map(),
    severityOrder: [],
    removedSeverity: null,
    severityPendingSince: null,
    implicitSeverity: config.severities.find((s) => s.id === wanted) ?? config.severities.find((s) => s.id === config.defaultSeverity) ?? null,
    formSeverity: formSeverity !== void 0,
    roleFreedAt: /* @__PURE__ */ new Map(),
    now: options.now,
    commands: options.commands,
    labelKind: void 0,
    permissions
  };
  foldBodyCommands(acc);
  for (const event of inTimeOrder(withCreationLabels(issue, events))) foldEvent(acc, event);
  return finish(acc, formTrusted ? options : { ...options, formStartedAt: void 0 });
}

// src/handlers/apply-effects.ts
var SWEPT = [`${MARKER_PREFIX}remind:`, `${MARKER_PREFIX}oncall:`];
var markerOf = (body) => body.split("\n", 1)[0];
function same4(a, b) {
  const keys = readReminderKeys(a);
  if (keys.length === 0) return markerOf(a) === markerOf(b);
  const other = new Set(readReminderKeys(b));
  return keys.some((k) => other.has(k));
}
async function keepOldest(ports, issue, body, id, self) {
  const older = (await ports.listComments(issue)).filter(
    (c) => c.id < id && c.authorIsBot && c.author.toLowerCase() === self.toLowerCase() && same4(body, c.body)
  );
  if (older.length === 0) return [];
  await ports.deleteComment(id);
  return older;
}
async function applyStateEffects(ports, issue, effects, self, at) {
  const added = [];
  const actor = selfPerson(self);
  if (effects.addLabels.length > 0) await ports.addLabels(issue, effects.addLabels);
  for (const label of effects.addLabels) added.push({ kind: "labeled", id: 0, at, actor, label });
  for (const label of effects.removeLabels) {
    await ports.removeLabel(issue, label);
    added.push({ kind: "unlabeled", id: 0, at, actor, label });
  }
  if (effects.addAssignees.length > 0) await ports.addAssignees(issue, effects.addAssignees);
  for (const assignee of effects.addAssignees) added.push({ kind: "assigned", id: 0, at, actor, assignee });
  if (effects.removeAssignees.length > 0) await ports.removeAssignees(issue, effects.removeAssignees);
  for (const assignee of effects.removeAssignees)
    added.push({ kind: "unassigned", id: 0, at, actor, assignee });
  return added;
}
var REPLY = `${MARKER_PREFIX}reply:`;
async function applyAnswers(ports, issue, effects, self, at, signal) {
  const on = signal === void 0 ? {} : { signal };
  const added = [];
  const replies = effects.comments.filter((body) => body.startsWith(REPLY));
  const others = effects.comments.filter((body) => !body.startsWith(REPLY));
  for (const [writeClass, bodies] of [
    ["reply", replies],
    ["background", others]
  ]) {
    for (const body of bodies) {
      const posted = await withWrites({ class: writeClass, ...on }, () => ports.createComment(issue, body));
      const older = SWEPT.some((m) => body.startsWith(m)) ? await withWrites({ class: "background" }, () => keepOldest(ports, issue, body, posted.id, self)) : [];
      if (older.length === 0) added.push(commentEvent(self, posted.id, body, posted.url, at));
      for (const c of older) added.push(commentEvent(self, c.id, c.body, c.url, at));
    }
  }
  await withWrites({ class: "ack", ...on }, async () => {
    for (const commentId of effects.reactions) await ports.addReaction(commentId, "+1");
  });
  if (effects.close) {
    await withWrites({ class: "state", ...on }, () => ports.closeIssue(issue, effects.close ?? "completed"));
    added.push(closeEvent(self, at));
  }
  return added;
}

// src/handlers/outsider-form.ts
var OUTSIDER_FORM_MARKER = `${MARKER_PREFIX}outsider-form -->`;
function isOutsiderForm(issue, config, self, permissions) {
  if (issue.state !== "open" || issue.isPullRequest || !isIncidentForm(issue.body)) return false;
  return !authorMayDecide({ config, issue, isSelf: selfMatcher(self), permissions });
}
function outsiderFormReply(config) {
  return [
    OUTSIDER_FORM_MARKER,
    `Thank you for the report. Only people with ${DECIDING_PERMISSION} permission or more on this repository can declare an incident, so this issue has not been declared one: no severity was set and nobody was paged or notified.`,
    "",
    `A maintainer who confirms it declares it by adding the \`${config.labels.incident}\` label (removing it first if the form already applied it).`,
    ""
  ].join("\n");
}
async function onOutsiderForm(issue, timeline, config, deps) {
  const reason = `#${issue.number} is an incident form by someone who may not declare incidents (no ${DECIDING_PERMISSION} permission)`;
  if (config.commands.outsiderForms !== "reply" || issue.state !== "open")
    return { outcome: "ignored", reason };
  const isSelf = selfMatcher(await deps.self());
  const answered = timeline.some(
    (e) => e.kind === "commented" && isSelf(e.actor) && e.body.startsWith(OUTSIDER_FORM_MARKER)
  );
  if (!answered) await deps.ports.createComment(issue.number, outsiderFormReply(config));
  return { outcome: "ignored", reason: `${reason}${answered ? "; already answered" : "; answered"}` };
}

// src/core/effects/notify.ts
function planNotifications(state, config) {
  if (!state.open || !state.isIncident) return [];
  const out = [];
  for (const change of state.severityChanges) {
    if (!change.raised || state.notified.has(change.key)) continue;
    const level = config.severities.find((s) => s.id === change.to);
    const audience = state.isDrill ? config.drills.notify : level?.notify ?? [];
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

// src/core/effects/plan-effects.ts
var same5 = (a, b) => a.toLowerCase() === b.toLowerCase();
function planLabels(state, config, effects) {
  const want = (label, present) => {
    const has = hasLabel(state.labels, label);
    if (present && !has) effects.addLabels.push(label);
    if (!present && has) effects.removeLabels.push(label);
  };
  for (const level of config.severities) want(level.label, state.severity?.id === level.id);
  if (state.open) {
    for (const status of LABELLED_STATUSES) want(statusLabel(config, status), state.status === status);
  }
  for (const role of state.roles) want(role.role.label, role.holders.length > 0);
  if (!state.open && state.closeReason === "not_planned") want(config.labels.notAnIncident, true);
}
function planAssignees(state, effects) {
  const holders = state.roles.flatMap((r) => r.holders);
  const assigned = (login) => state.assignees.some((a) => same5(a, login));
  for (const holder of holders) {
    const unassigned = state.unassignedByPeople.get(holder.login.toLowerCase());
    if (assigned(holder.login) || unassigned !== void 0 && unassigned >= holder.grantedAt) continue;
    if (!effects.addAssignees.some((a) => same5(a, holder.login))) effects.addAssignees.push(holder.login);
  }
  for (const login of state.assignees) {
    const holds = holders.some((h) => same5(h.login, login));
    if (!holds && state.assignedBySelf.has(login.toLowerCase())) effects.removeAssignees.push(login);
  }
}
function planAnswers(state, effects, acks) {
  for (const answer2 of state.answers) {
    if (reactionOwed(answer2, acks)) effects.reactions.push(answer2.commentId);
    const answeredBefore = answer2.accepted === 0 && answer2.plusOnes > 0;
    if (answer2.lines.length === 0 || state.repliedTo.has(answer2.commentId) || answeredBefore) continue;
    effects.comments.push(
      `${replyMarker(answer2.commentId)}
@${answer2.author}

${answer2.lines.join("\n\n")}
`
    );
  }
}
function planEffects(state, config, acks = REACT_ALWAYS) {
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
  planLabels(state, config, effects);
  planAssignees(state, effects);
  if (state.open && state.resolveRequested) effects.close = "completed";
  planAnswers(state, effects, acks);
  effects.comments.push(...planNotifications(state, config));
  effects.comments.push(...planOnCall(state, config), ...planReminders(state, config));
  return effects;
}
var isSettled = (e) => e.addLabels.length + e.removeLabels.length + e.addAssignees.length + e.removeAssignees.length === 0 && e.close === null && e.comments.length === 0 && e.reactions.length === 0;

// src/handlers/plan-all.ts
function planAll(before, events, config, acks, predict, deriveFrom) {
  const plans = [];
  const predicted = [...events];
  const reacted = /* @__PURE__ */ new Set();
  let placeholder = 0;
  let state = before;
  for (let pass = 0; pass < 3; pass++) {
    const effects = planEffects(state, config, acks);
    effects.reactions = effects.reactions.filter((id) => !reacted.has(id));
    for (const id of effects.reactions) reacted.add(id);
    if (isSettled(effects)) break;
    plans.push(effects);
    const added = predict(effects, () => --placeholder);
    if (added.length === 0) break;
    predicted.push(...added);
    state = deriveFrom(predicted);
  }
  return { plans, state };
}

// src/core/postmortem/eligibility.ts
function postmortemSkipReason(state, config) {
  if (!state.isIncident) return "not an incident";
  if (state.open) return "the incident is still open";
  if (state.closeReason !== "completed") {
    return state.closeReason === "not_planned" ? "closed as not planned: not an incident" : `closed as ${state.closeReason ?? "unknown"}, not as completed`;
  }
  if (!state.closedByDecider)
    return "closed by its author, who may not resolve incidents (no triage permission)";
  if (!config.postmortem.enabled) return "postmortems are turned off (postmortem.enabled: false)";
  const level = state.severity ?? config.severities.find((s) => s.id === config.defaultSeverity) ?? null;
  if (level !== null && !level.postmortem) return `${level.id} does not call for a postmortem`;
  return null;
}

// src/core/postmortem/paths.ts
function postmortemBranch(issue) {
  return `postmortem/incident-${issue}`;
}
var SLUG_MAX = 50;
function slugify(title) {
  const dashed = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const slug = trimEndOf(trimStartOf(dashed, "-").slice(0, SLUG_MAX), "-");
  return slug === "" ? "incident" : slug;
}
var cleanDirectory = (config) => trimPath(config.postmortem.directory.replace(/\\/g, "/"));
function postmortemIndexPath(config) {
  const index = config.postmortem.index;
  if (index === false) return null;
  if (index !== void 0) return trimPathStart(index);
  const directory = cleanDirectory(config);
  return directory === "" || directory === "." ? "README.md" : `${directory}/README.md`;
}
function postmortemPath(config, state) {
  const directory = cleanDirectory(config);
  const declared = new Date(state.declaredAt);
  const date = Number.isNaN(declared.getTime()) ? "undated" : declared.toISOString().slice(0, 10);
  const file = `${date}-${state.number}-${slugify(state.title)}.md`;
  return directory === "" || directory === "." ? file : `${directory}/${file}`;
}

// src/core/postmortem/code-fence.ts
function fenceFor(text) {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
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
var postmortemPrMarker = (issue) => `${MARKER_PREFIX}postmortem-pr:${issue} -->`;
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
function errorStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : null;
}
function describeError(error) {
  const status = errorStatus(error);
  const message = error instanceof Error ? error.message : String(error);
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
var import_runtime = __toESM(require_runtime2(), 1);

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
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "### Recent commands\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "recentCommands") : depth0, { "name": "each", "hash": {}, "fn": container.program(41, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 82, "column": 0 }, "end": { "line": 83, "column": 9 } } })) != null ? stack1 : "") + "_Acknowledged here rather than with a \u{1F44D} each, to keep within GitHub's write limits._\n\n";
  }, "41": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- " + ((stack1 = (helper = (helper = lookupProperty(helpers, "at") || (depth0 != null ? lookupProperty(depth0, "at") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "at", "hash": {}, "data": data, "loc": { "start": { "line": 82, "column": 26 }, "end": { "line": 82, "column": 32 } } }) : helper)) != null ? stack1 : "") + " \u2014 " + ((stack1 = (helper = (helper = lookupProperty(helpers, "by") || (depth0 != null ? lookupProperty(depth0, "by") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "by", "hash": {}, "data": data, "loc": { "start": { "line": 82, "column": 35 }, "end": { "line": 82, "column": 41 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = (helper = lookupProperty(helpers, "what") || (depth0 != null ? lookupProperty(depth0, "what") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "what", "hash": {}, "data": data, "loc": { "start": { "line": 82, "column": 43 }, "end": { "line": 82, "column": 51 } } }) : helper)) != null ? stack1 : "") + " ([comment](" + ((stack1 = (helper = (helper = lookupProperty(helpers, "url") || (depth0 != null ? lookupProperty(depth0, "url") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 82, "column": 63 }, "end": { "line": 82, "column": 70 } } }) : helper)) != null ? stack1 : "") + "))\n";
  }, "42": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (helper = (helper = lookupProperty(helpers, "at") || (depth0 != null ? lookupProperty(depth0, "at") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "at", "hash": {}, "data": data, "loc": { "start": { "line": 91, "column": 20 }, "end": { "line": 91, "column": 26 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "text") || (depth0 != null ? lookupProperty(depth0, "text") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 91, "column": 29 }, "end": { "line": 91, "column": 37 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "by") || (depth0 != null ? lookupProperty(depth0, "by") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "by", "hash": {}, "data": data, "loc": { "start": { "line": 91, "column": 40 }, "end": { "line": 91, "column": 46 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "43": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\n_\u2026 " + ((stack1 = (helper = (helper = lookupProperty(helpers, "hiddenEvents") || (depth0 != null ? lookupProperty(depth0, "hiddenEvents") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "hiddenEvents", "hash": {}, "data": data, "loc": { "start": { "line": 93, "column": 3 }, "end": { "line": 93, "column": 19 } } }) : helper)) != null ? stack1 : "") + " earlier events are not shown here; the full history is in this issue and will be in the postmortem._\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "drill") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 4, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "notAnIncident") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 7 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + "## \u{1F6A8} Incident #" + ((stack1 = (helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 23 }, "end": { "line": 7, "column": 33 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 35 }, "end": { "line": 7, "column": 44 } } }) : helper)) != null ? stack1 : "") + "\n\n| | |\n| --- | --- |\n| **Severity** | " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "severity") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.program(4, data, 0), "data": data, "loc": { "start": { "line": 11, "column": 17 }, "end": { "line": 11, "column": 137 } } })) != null ? stack1 : "") + " |\n| **Response mode** | " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "responseMode") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 12, "column": 22 }, "end": { "line": 12, "column": 83 } } })) != null ? stack1 : "") + " |\n| **Status** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 15 }, "end": { "line": 13, "column": 25 } } }) : helper)) != null ? stack1 : "") + " |\n| **Declared** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "declared") || (depth0 != null ? lookupProperty(depth0, "declared") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "declared", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 17 }, "end": { "line": 14, "column": 29 } } }) : helper)) != null ? stack1 : "") + " |\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "started") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "") + "| **Duration** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "duration") || (depth0 != null ? lookupProperty(depth0, "duration") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "duration", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 24 }, "end": { "line": 16, "column": 36 } } }) : helper)) != null ? stack1 : "") + " |\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "timeToMitigate") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "timeToResolve") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 7 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "nextUpdate") : depth0, { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 7 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "postmortem") : depth0, { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 7 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0, { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 30, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "contacts") : depth0, { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 7 }, "end": { "line": 35, "column": 7 } } })) != null ? stack1 : "") + "### Roles\n\n| Role | Held by | Since |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "roles") : depth0, { "name": "each", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 40, "column": 0 }, "end": { "line": 41, "column": 9 } } })) != null ? stack1 : "") + "\n### Impact\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "impact") : depth0, { "name": "if", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.program(26, data, 0), "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 49, "column": 7 } } })) != null ? stack1 : "") + "\n### Latest update\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "update") : depth0, { "name": "if", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.program(28, data, 0), "data": data, "loc": { "start": { "line": 53, "column": 0 }, "end": { "line": 57, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "flow") : depth0, { "name": "if", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 58, "column": 0 }, "end": { "line": 63, "column": 16 } } })) != null ? stack1 : "") + "\n### Follow-ups\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "followups") : depth0, { "name": "if", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.program(37, data, 0), "data": data, "loc": { "start": { "line": 66, "column": 0 }, "end": { "line": 69, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "actionItems") : depth0, { "name": "if", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 71, "column": 0 }, "end": { "line": 78, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "recentCommands") : depth0, { "name": "if", "hash": {}, "fn": container.program(40, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 79, "column": 0 }, "end": { "line": 86, "column": 7 } } })) != null ? stack1 : "") + "### Timeline\n\n| Time | Event | By |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "timeline") : depth0, { "name": "each", "hash": {}, "fn": container.program(42, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 91, "column": 0 }, "end": { "line": 92, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "hiddenEvents") : depth0, { "name": "if", "hash": {}, "fn": container.program(43, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 92, "column": 9 }, "end": { "line": 94, "column": 7 } } })) != null ? stack1 : "") + "\n<sub>Kept up to date by Incident Workflow after every event. Commands: `/help`.</sub>\n";
  }, "useData": true }
};

// src/core/render/load-compiler.ts
var import_node_module = require("node:module");
var import_meta = {};
var loaded;
function loadCompiler() {
  loaded ??= typeof require === "function" ? require("./handlebars.cjs") : (0, import_node_module.createRequire)(import_meta.url)("handlebars");
  return loaded;
}

// src/core/render/handlebars.ts
var HandlebarsRuntime = import_runtime.default;
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
    } catch (error) {
      throw new TemplateError(name, error instanceof Error ? error.message : String(error));
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
  } catch (error) {
    throw new TemplateError(name, error instanceof Error ? error.message : String(error));
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
function person(login) {
  const bare = login.startsWith("@") ? login.slice(1) : login;
  return LOGIN3.test(bare) ? `@${bare.replace(/\[bot\]$/, "\\[bot\\]")}` : inlineText(bare, 60);
}
function safeUrl(url) {
  if (url === void 0) return null;
  return /^https:\/\/[^\s<>()[\]{}"'`|\\]+$/.test(url) ? url : null;
}
function link2(text, url) {
  const safe = safeUrl(url);
  return safe === null ? text : `[${text}](${safe})`;
}
function isoUtc(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().replace(".000Z", "Z");
}

// src/core/postmortem/yaml-scalar.ts
function yamlString(value) {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 65533;
    if (isBidiControl(code)) continue;
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
  const { state, config } = input;
  const tz = config.timeZone;
  const time = (iso) => formatTime(iso, tz);
  const resolvedAt = state.resolvedAt ?? (state.open ? null : input.now.toISOString());
  const ttm = state.mitigatedAt ? minutesBetween(state.startedAt, state.mitigatedAt) : null;
  const ttr = resolvedAt ? minutesBetween(state.startedAt, resolvedAt) : null;
  const commander = state.roles.find((r) => r.role.id === "commander")?.holders[0]?.login ?? null;
  const level = state.severity;
  const firstUpdate = state.updates[0];
  const summaryText = input.summary?.trim() ? input.summary : firstUpdate?.text ?? null;
  const said2 = (s) => s ? { text: blockText(s.text, QUOTE_MAX), by: person(s.by), at: time(s.at), url: safeUrl(s.url) } : null;
  return {
    number: state.number,
    url: safeUrl(state.url) ?? "",
    title: inlineText(state.title, 256),
    drill: state.isDrill,
    timeZone: inlineText(tz, 60),
    generatedAt: time(input.now.toISOString()),
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
      { name: "Declared", value: `${time(state.declaredAt)} by ${person(state.declaredBy)}` },
      { name: "Started", value: time(state.startedAt) },
      { name: "Identified", value: state.identifiedAt ? time(state.identifiedAt) : "\u2014" },
      { name: "Mitigated", value: state.mitigatedAt ? time(state.mitigatedAt) : "\u2014" },
      { name: "Resolved", value: resolvedAt ? time(resolvedAt) : "\u2014" },
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
      time: link2(time(e.at), e.url),
      event: inlineText(e.text, INLINE_MAX),
      who: person(e.by)
    })),
    resolution: said2(state.resolution),
    related: [
      ...state.references.map((r) => {
        if (r.hidden)
          return `${r.isPullRequest ? "A pull request" : "An issue"} in a private repository (${time(r.at)})`;
        const ref = inlineText(`${r.repository}#${r.number}`, 200);
        const kind = r.isPullRequest ? "pull request" : "issue";
        return `${link2(ref, r.url)}: ${inlineText(r.title, 300)} (${kind}, ${time(r.at)})`;
      }),
      ...state.commits.map((c) => {
        const sha = /^[0-9a-f]{7,40}$/i.test(c.sha) ? `\`${c.sha.slice(0, 7)}\`` : inlineText(c.sha, 40);
        return `${link2(sha, c.url)} by ${person(c.by)} (commit, ${time(c.at)})`;
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
function renderPostmortem(state, config, now, templateSource, options = {}) {
  const template = templateSource === void 0 ? builtInTemplate() : compileTemplate(config.postmortem.template ?? "postmortem template", templateSource);
  const text = template(postmortemView({ state, config, now, summary: options.summary }));
  return `${text.trim()}
`;
}
function renderPostmortemSafely(state, config, now, templateSource, options = {}) {
  const path = config.postmortem.template;
  if (path === void 0 || templateSource === void 0) {
    return { document: renderPostmortem(state, config, now, void 0, options) };
  }
  const fallback = (why) => ({
    document: renderPostmortem(state, config, now, void 0, options),
    warning: `The postmortem template ${inlineText(path, 200)} ${why}; the built-in template was used instead.`
  });
  if (templateSource === null) return fallback("was not found on the default branch");
  try {
    const document = renderPostmortem(state, config, now, templateSource, options);
    if (document.trim() === "") return fallback("rendered an empty document");
    return { document };
  } catch (error) {
    return fallback(`could not be used (${oneLine(error)})`);
  }
}
function oneLine(error) {
  return inlineText(error instanceof Error ? error.message : String(error), 300);
}

// src/core/postmortem/reviewers.ts
var LOGIN4 = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
function postmortemReviewers(state, config, selfLogin) {
  const commanders = state.roles.find((r) => r.role.id === "commander")?.holders.map((h) => h.login) ?? [];
  const seen = new Set(selfLogin === void 0 ? [] : [selfLogin.toLowerCase()]);
  const out = [];
  for (const raw of [...commanders, ...config.postmortem.reviewers]) {
    const login = raw.startsWith("@") ? raw.slice(1) : raw;
    if (!LOGIN4.test(login) || seen.has(login.toLowerCase())) continue;
    seen.add(login.toLowerCase());
    out.push(login);
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
async function updatePostmortemIndex(ports, config, state, input) {
  const path = postmortemIndexPath(config);
  if (path === null) return null;
  const rows = readIndexRows(await ports.readFile(path)).filter((r) => r.incident !== state.number);
  const items = await ports.listIssues({ label: config.labels.actionItem, state: "all" });
  const progress = /* @__PURE__ */ new Map();
  for (const issue of items) {
    const marker = readActionItemMarker(issue.body);
    if (marker === null) continue;
    const p = progress.get(marker.incident) ?? { done: 0, total: 0 };
    p.total++;
    if (issue.state === "closed") p.done++;
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
async function openPostmortem(state, config, deps, options = {}) {
  const skip = postmortemSkipReason(state, config);
  if (skip !== null) return { pr: null, reason: skip, warnings: [] };
  if (state.postmortem !== null) {
    return { pr: state.postmortem, reason: `already linked: #${state.postmortem.number}`, warnings: [] };
  }
  const { ports } = deps;
  const warnings = [];
  const source = await readOverride(ports, config, warnings);
  const now = deps.now();
  const rendered = renderPostmortemSafely(state, config, now, source, { summary: options.summary });
  if (rendered.warning !== void 0) warnings.push(rendered.warning);
  const document = rendered.document;
  const branch = postmortemBranch(state.number);
  const path = postmortemPath(config, state);
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
      await updatePostmortemIndex(ports, config, state, { branch, document: path, now });
    } catch (error) {
      warnings.push(`The postmortem index could not be updated (${inlineText(describe(error), 300)}).`);
    }
    step = `opening the pull request from ${branch} to ${base.name}`;
    const created = await createPullOrFind(ports, {
      title: postmortemPrTitle(state),
      body: postmortemPrBody(state, path, now),
      head: branch,
      base: base.name,
      draft: config.postmortem.draft
    });
    pr = created.pr;
    if (!created.isNew) return link3(pr, warnings, "reused");
  } catch (error) {
    return fail(ports, state, { step, error, branch, path, document }, warnings);
  }
  await decorate(ports, state, config, pr, deps.selfLogin, warnings);
  return link3(pr, warnings);
}
async function readOverride(ports, config, warnings) {
  const path = config.postmortem.template;
  if (path === void 0) return void 0;
  try {
    return await ports.readFile(path);
  } catch (error) {
    warnings.push(
      `The postmortem template ${inlineText(path, 200)} could not be read (${inlineText(describe(error), 300)}); the built-in template was used instead.`
    );
    return void 0;
  }
}
async function createBranchUnlessExists(ports, branch, sha) {
  try {
    await ports.createBranch(branch, sha);
    return true;
  } catch (error) {
    if (errorStatus(error) === 422) return false;
    throw error;
  }
}
function pickPull(pulls) {
  const sorted = [...pulls].sort((a, b) => b.number - a.number);
  const pick = sorted.find((p) => p.state === "open") ?? sorted[0];
  return pick === void 0 ? null : { number: pick.number, url: pick.url };
}
async function createPullOrFind(ports, input) {
  try {
    return { pr: await ports.createPull(input), isNew: true };
  } catch (error) {
    if (errorStatus(error) !== 422) throw error;
    const existing = pickPull(await ports.findPulls(input.head));
    if (existing === null) throw error;
    return { pr: existing, isNew: false };
  }
}
async function decorate(ports, state, config, pr, selfLogin, warnings) {
  try {
    await ports.addLabels(pr.number, [config.labels.postmortem]);
  } catch (error) {
    warnings.push(
      `The ${inlineText(config.labels.postmortem, 60)} label could not be added to #${pr.number} (${inlineText(describe(error), 300)}).`
    );
  }
  const reviewers = postmortemReviewers(state, config, selfLogin);
  if (reviewers.length === 0) return;
  try {
    await ports.requestReviewers(pr.number, reviewers);
  } catch (error) {
    warnings.push(`Reviewers could not be requested on #${pr.number} (${inlineText(describe(error), 300)}).`);
  }
}
function link3(pr, warnings, reused) {
  const reason = reused === void 0 ? {} : { reason: `reused the existing pull request #${pr.number}` };
  return { pr, ...reason, warnings };
}
async function fail(ports, state, f, warnings) {
  const reason = `the postmortem pull request could not be opened: failed while ${f.step}: ${describe(f.error)}`;
  try {
    for (const body of postmortemFailureComments({ issue: state.number, ...f })) {
      await ports.createComment(state.number, body);
    }
  } catch (error) {
    throw new PostmortemError(
      `${reason}; the failure comment could not be posted either: ${describe(error)}`,
      f.document,
      {
        cause: f.error
      }
    );
  }
  return { pr: null, reason, warnings };
}
function describe(error) {
  const status = errorStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  return `${status === null ? "" : `${status} `}${message}`.replace(/\s+/g, " ").trim().slice(0, 300);
}

// src/handlers/postmortem-step.ts
async function maybeOpenPostmortem(state, config, deps, summary) {
  if (state.open || state.closeReason !== "completed" || state.postmortem !== null) return null;
  if (!state.closedByDecider) return null;
  const result = await openPostmortem(state, config, { ports: deps.ports, now: deps.now }, { summary });
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

// src/core/state/permission-needs.ts
var same6 = (a, b) => a.toLowerCase() === b.toLowerCase();
function authorActs(q) {
  const author = q.issue.author;
  if (q.formAnswers) return true;
  const acted = withCreationLabels(q.issue, q.events).some(
    (e) => (e.kind === "labeled" || e.kind === "unlabeled" || e.kind === "closed") && !q.isSelf(e.actor) && same6(e.actor.login, author.login)
  );
  if (acted || !COMMAND_LINE.test(q.issue.body)) return acted;
  return parseCommands(q.issue.body, q.config, { now: new Date(q.issue.createdAt) }).some(
    (c) => BODY_COMMANDS.has(c.kind) && needsPermission(c, q.config)
  );
}
function whosePermission(q) {
  const { config } = q;
  const wanted = /* @__PURE__ */ new Set();
  const author = q.issue.author;
  if (!q.isSelf(author) && needsAsking(config, author, q.issue.authorAssociation) && authorActs(q))
    wanted.add(author.login.toLowerCase());
  if (config.commands.requirePermission.length === 0) return [...wanted];
  for (const e of q.events) {
    if (e.kind !== "commented" || e.actor.isBot || wanted.has(e.actor.login.toLowerCase())) continue;
    if (!config.commands.allow.includes(e.association) || !needsAsking(config, e.actor, e.association))
      continue;
    if (!COMMAND_LINE.test(e.body)) continue;
    if (commandsOf(q.commands, e, config).some((c) => needsPermission(c, config)))
      wanted.add(e.actor.login.toLowerCase());
  }
  return [...wanted];
}

// src/handlers/read-permissions.ts
async function readPermissions(ports, question) {
  const { self, ...rest } = question;
  const logins = whosePermission({ ...rest, isSelf: selfMatcher(self) });
  const answers = await Promise.all(
    logins.map(async (login) => [login, await ports.permissionOf(login)])
  );
  return new Map(answers);
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
async function recheckBoard(deps, issue, derive, render, self, rounds = 3) {
  for (let round = 0; round < rounds; round++) {
    const state = derive(await deps.ports.readTimeline(issue));
    const body = render(state);
    if (state.board?.body === body && state.extraBoards.length === 0) return;
    await writeBoard(deps.ports, state, body, self);
  }
  deps.log.warn(
    `#${issue}: the board was still changing after ${rounds} re-checks; the next event settles it`
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
async function boardTemplate(config, files) {
  const path = config.board.template;
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
  } catch (error) {
    return {
      template: builtInTemplate2("status-board.md.hbs"),
      warning: String(error instanceof Error ? error.message : error)
    };
  }
}

// src/handlers/reconcile.ts
async function actionItemsOf(ports, config, incident, self) {
  const issues = await ports.listIssues({ label: config.labels.actionItem, state: "all" });
  return issues.filter((i) => isTool(i.author, self) && readActionItemMarker(i.body)?.incident === incident).sort((a, b) => a.number - b.number).map((i) => ({ number: i.number, title: i.title, url: i.url, open: i.state === "open" }));
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
async function reconcile(issue, timeline, config, deps, options = {}) {
  const { ports } = deps;
  const now = deps.now();
  const self = await deps.self();
  const form = parseIncidentForm(issue.body, config);
  const events = [...timeline];
  const formStartedAt = form.startedAt && ISO_UTC.test(form.startedAt) ? form.startedAt : void 0;
  const commands = /* @__PURE__ */ new Map();
  const formAnswers = form.severity !== void 0 || formStartedAt !== void 0 || isIncidentForm(issue.body);
  const permissions = await readPermissions(ports, { issue, events, config, self, formAnswers, commands });
  const deriveFrom = (history) => deriveState(issue, history, config, {
    now,
    self,
    formStartedAt,
    formSeverity: form.severity,
    commands,
    permissions
  });
  const before = deriveFrom(events);
  if (!before.isIncident) {
    if (isOutsiderForm(issue, config, self, permissions))
      return onOutsiderForm(issue, timeline, config, deps);
    return { outcome: "ignored", reason: `#${issue.number} is not an incident` };
  }
  const at = now.toISOString() > before.lastEventAt ? now.toISOString() : before.lastEventAt;
  const through = readAckMarker(before.board?.body);
  const owed = before.answers.filter((a) => reactionOwed(a, { react: true, through })).length;
  const room = owed === 0 || deps.writes === void 0 ? owed : await deps.writes.reactionsAllowed();
  const acks = { react: owed <= room, through };
  const predict = (e, placeholder) => predictedEvents(e, self, at, placeholder);
  const { plans, state } = planAll(before, events, config, acks, predict, deriveFrom);
  const watermark = nextWatermark(state, acks);
  const { template, warning } = await boardTemplate(config, ports);
  if (warning) deps.log.warn(warning);
  const rowOf = (s) => dashboardRow(s, config, issue.updatedAt ?? "");
  const render = (s, row2 = rowOf(s)) => renderBoard(s, config, template, row2, watermark);
  const closing = !state.open && state.postmortem === null && !state.postmortemFailed;
  const key = `board:${ports.repo.owner}/${ports.repo.repo}#${issue.number}`;
  const first = { class: "state", key, ...options.signal ? { signal: options.signal } : {} };
  const board = { written: null };
  const stateAdded = [];
  const release = options.release ?? deps.writes?.holdAnswers() ?? (() => {
  });
  try {
    await withWrites(first, async () => {
      if (before.board === null && !options.labelsEnsured && (plans[0]?.addLabels.length ?? 0) > 0)
        await ensureRepoLabels(ports, config);
      if (state.actionItemPulls.length > 0)
        state.actionItems = await actionItemsOf(ports, config, state.number, self);
      if (!closing) {
        const body2 = render(state);
        board.written = { id: await writeBoard(ports, state, body2, self), body: body2 };
      }
      release();
      for (const plan of plans)
        stateAdded.push(...await applyStateEffects(ports, issue.number, plan, self, at));
    });
  } finally {
    release();
  }
  const added = [...stateAdded];
  for (const plan of plans)
    added.push(...await applyAnswers(ports, issue.number, plan, self, at, options.signal));
  const final = plans.some((p) => p.comments.length > 0 || p.close !== null) ? deriveFrom([...events, ...added]) : state;
  final.actionItems = state.actionItems;
  if (closing && !final.open && final.postmortem === null && !final.postmortemFailed)
    final.postmortem = await withWrites(
      { class: "background" },
      () => maybeOpenPostmortem(final, config, deps, form.summary)
    );
  const row = rowOf(final);
  const body = render(final, row);
  const shown = board.written;
  if (shown === null || shown.body !== body) {
    if (shown !== null) Object.assign(final, { board: shown, extraBoards: [] });
    await withWrites({ class: "state", key }, () => writeBoard(ports, final, body, self));
  }
  if (deps.recheckBoard) await recheckBoard(deps, issue.number, deriveFrom, render, self);
  const previous = before.board === null ? null : readRowMarker(before.board.body);
  const rowChanged = previous === null || !sameRow(previous, row);
  return { outcome: "handled", incident: summarise(final), row, rowChanged, wakeAt: wakeAt(final, config) };
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
function requestedLevel(input, config) {
  const wanted = (input ?? "").trim();
  const level = wanted === "" ? config.severities.find((s) => s.id === config.defaultSeverity) : resolveSeverity(wanted, config);
  if (!level) {
    throw new Error(
      `unknown severity "${wanted}"; use one of ${config.severities.map((s) => s.id).join(", ")}`
    );
  }
  return level;
}
var SUMMARY_MAX = 6e4;
var ALERT_TEXT_MAX = 2e3;
function declaredBody(request, marker) {
  const via = request.source ? `\`/declare\` on ${request.source.url}` : request.dedupKey ? "an alert" : "a workflow run";
  const summary = request.summary?.trim();
  return [
    declaredByMarker(request.declaredBy),
    marker,
    ...request.dedupKey ? [dedupMarker(request.dedupKey)] : [],
    ...request.source ? [declaredFromMarker(request.source.commentId)] : [],
    summary ? blockText(summary, SUMMARY_MAX) : "_No summary given._",
    "",
    `_Declared by @${request.declaredBy} via ${via}._`
  ].join("\n");
}
function repeatedAlert(request) {
  const text = [request.title, request.summary].filter(Boolean).join(" \u2014 ").replaceAll("\n", " ");
  const raw = [...text].slice(0, ALERT_TEXT_MAX).join("");
  return `${ALERT_MARKER}
${alertTextMarker(raw)}
Alert repeated: ${inlineText(text, ALERT_TEXT_MAX)}
`;
}
async function declare(request, deps) {
  const { ports } = deps;
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok) return invalidConfig(loaded2.problems, deps.configPath);
  const config = loaded2.config;
  const level = requestedLevel(request.severity, config);
  if (request.dedupKey) {
    const self2 = await deps.self();
    const open = await ports.listIssues({ label: config.labels.incident, state: "open" });
    const match = open.find((i) => isTool(i.author, self2) && readDedupMarker(i.body) === request.dedupKey);
    if (match) {
      await ports.createComment(match.number, repeatedAlert(request));
      return reconcile(match, await ports.readTimeline(match.number), config, deps);
    }
  }
  await ensureRepoLabels(ports, config);
  const labels = [
    config.labels.incident,
    level.label,
    statusLabel(config, "investigating"),
    ...request.drill ? [config.labels.drill] : []
  ];
  const marker = requestMarker(request.requestId ?? globalThis.crypto.randomUUID());
  const issue = await ports.createIssue(
    { title: request.title, body: declaredBody(request, marker), labels },
    marker
  );
  const kept = request.dedupKey ? await keepOldestAlert(deps, config, request.dedupKey, issue) : null;
  if (kept !== null) return reconcile(kept, await ports.readTimeline(kept.number), config, deps);
  const self = selfPerson(await deps.self());
  const timeline = labels.map((label) => ({
    kind: "labeled",
    id: 0,
    at: issue.createdAt,
    actor: self,
    label
  }));
  const result = await reconcile({ ...issue, labels: [] }, timeline, config, deps, { labelsEnsured: true });
  if (result.outcome === "handled" && result.row)
    await refreshDashboard(deps, config, { rows: [result.row] });
  return result;
}

// src/handlers/gate.ts
async function declaredOnly(listed, config, deps) {
  const suspect = (i) => !i.author.isBot && !isAllowedUser(config, i.author.login) && !canDecide(permissionFromAssociation(i.authorAssociation) ?? "triage");
  if (!listed.some(suspect)) return listed;
  const self = await deps.self();
  const kept = [];
  for (const issue of listed) {
    if (!suspect(issue)) {
      kept.push(issue);
      continue;
    }
    const events = await deps.ports.readTimeline(issue.number);
    const permissions = await readPermissions(deps.ports, {
      issue,
      events,
      config,
      self,
      formAnswers: false
    });
    if (deriveState(issue, events, config, { now: deps.now(), self, permissions }).isIncident)
      kept.push(issue);
  }
  return kept;
}
async function deployGate(deps, blockOn) {
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok) return { invalid: loaded2.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
  const config = loaded2.config;
  const limit = resolveSeverity(blockOn, config);
  if (limit === void 0) {
    throw new Error(
      `\`block-on\` must name a severity level (${config.severities.map((s) => s.id).join(", ")}); found ${JSON.stringify(blockOn)}`
    );
  }
  const fallback = config.severities.find((s) => s.id === config.defaultSeverity);
  const levelOf = (issue) => config.severities.filter((s) => hasLabel(issue.labels, s.label)).sort((a, b) => a.rank - b.rank)[0] ?? fallback;
  const listed = await deps.ports.listIssues({ label: config.labels.incident, state: "open" });
  const open = await declaredOnly(listed, config, deps);
  const blocking = open.filter((i) => !hasLabel(i.labels, config.labels.drill)).map((i) => ({ issue: i, level: levelOf(i) })).filter((x) => x.level !== void 0 && x.level.rank <= limit.rank).sort((a, b) => a.level.rank - b.level.rank || a.issue.number - b.issue.number).map(({ issue, level }) => ({
    number: issue.number,
    title: issue.title,
    url: issue.url,
    severity: level.id
  }));
  return { blockOn: limit.id, blocking };
}

// src/github/octokit-like.ts
var httpStatus = (error) => typeof error === "object" && error !== null && "status" in error && typeof error.status === "number" ? error.status : void 0;

// src/handlers/follow-action-items.ts
var BRANCH = /^postmortem\/incident-(\d+)$/;
async function followActionItems(pull, deps) {
  const incident = Number(BRANCH.exec(pull.head)?.[1] ?? Number.NaN);
  if (!pull.merged || Number.isNaN(incident))
    return { outcome: "ignored", reason: "not a merged postmortem" };
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok)
    return { outcome: "invalid-config", message: loaded2.problems.map((p) => p.path).join(", ") };
  const config = loaded2.config;
  if (!config.actionItems.enabled) return { outcome: "ignored", reason: "actionItems.enabled is false" };
  const { ports } = deps;
  const document = (await ports.listPullFiles(pull.number)).find((f) => isPostmortem(f, config));
  if (document === void 0) return { outcome: "ignored", reason: `#${pull.number} changes no postmortem` };
  const text = await ports.readFileAt(document, pull.mergeCommitSha ?? (await ports.getDefaultBranch()).name);
  if (text === null) return { outcome: "ignored", reason: `${document} is not there after the merge` };
  const severity = frontMatter(text, "severity");
  const merged = Date.parse(pull.mergedAt ?? deps.now().toISOString());
  const due = new Date(merged + dueDays(config, severity) * 864e5).toISOString().slice(0, 10);
  const existing = /* @__PURE__ */ new Map();
  const self = await deps.self();
  for (const issue of await ports.listIssues({ label: config.labels.actionItem, state: "all" })) {
    const marker = isTool(issue.author, self) ? readActionItemMarker(issue.body) : null;
    if (marker?.pull === pull.number) existing.set(marker.key, issue.number);
  }
  const created = [];
  for (const item of parseActionItems(text).filter((i) => !i.done)) {
    if (existing.has(item.key)) continue;
    const { title, body } = actionItemIssue({ item, pull, incident, severity, due, document });
    const marker = requestMarker(`action-item-${pull.number}-${item.key}`);
    const input = { title, body: `${marker}
${body}`, labels: [config.labels.actionItem] };
    let issue;
    try {
      issue = await ports.createIssue(
        item.assignee ? { ...input, assignees: [item.assignee] } : input,
        marker
      );
    } catch (error) {
      if (httpStatus(error) !== 422 || !item.assignee) throw error;
      issue = await ports.createIssue(input, marker);
    }
    existing.set(item.key, issue.number);
    created.push(issue.number);
  }
  const all = [...existing.values()].filter((n) => !created.includes(n));
  if (existing.size > 0) await announce(deps, incident, pull, [...existing.values()]);
  return { outcome: "followed", incident, created, existing: all, document };
}
async function announce(deps, incident, pull, issues) {
  const self = (await deps.self()).toLowerCase();
  const marker = actionItemsMarker(pull.number);
  const said2 = (await deps.ports.listComments(incident)).some(
    (c) => c.authorIsBot && c.author.toLowerCase() === self && c.body.startsWith(marker)
  );
  if (said2) return;
  const list = [...issues].sort((a, b) => a - b).map((n) => `- #${n}`);
  await deps.ports.createComment(
    incident,
    [
      marker,
      `The postmortem (#${pull.number}) is merged; its action items are now issues:`,
      "",
      ...list,
      ""
    ].join("\n")
  );
}
function isPostmortem(path, config) {
  const directory = trimPath(config.postmortem.directory);
  const inside = directory === "" || directory === "." ? !path.includes("/") : path.startsWith(`${directory}/`);
  return inside && path.endsWith(".md") && path !== postmortemIndexPath(config);
}

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
        "component"
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
    }
  };
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
    isPullRequest: issue.pull_request !== void 0 && issue.pull_request !== null
  };
}

// src/handlers/adopt-form.ts
async function adoptIncidentForm(issue, timeline, config, deps) {
  const label = config.labels.incident.toLowerCase();
  const touched = timeline.some(
    (e) => (e.kind === "labeled" || e.kind === "unlabeled") && e.label.toLowerCase() === label
  );
  if (touched) return null;
  await deps.ports.addLabels(issue.number, [config.labels.incident]);
  const at = deps.now().toISOString();
  const labeled = {
    kind: "labeled",
    id: 0,
    at: at > issue.createdAt ? at : issue.createdAt,
    actor: selfPerson(await deps.self()),
    label: config.labels.incident
  };
  return {
    issue: { ...issue, labels: [...issue.labels, config.labels.incident] },
    timeline: [...timeline, labeled]
  };
}

// src/handlers/declare-from-comment.ts
var FRESH_MS = 24 * 36e5;
async function declareFromComments(issue, timeline, config, deps) {
  const self = await deps.self();
  const now = deps.now();
  const state = deriveState(issue, timeline, config, { now, self });
  let result = { outcome: "ignored", reason: `#${issue.number} is not an incident` };
  for (const event of timeline) {
    if (event.kind !== "commented" || event.actor.isBot || state.repliedTo.has(event.id)) continue;
    if (now.getTime() - Date.parse(event.at) > FRESH_MS) continue;
    const may = mayRunCommands({ login: event.actor.login, association: event.association }, config);
    if (!may.ok) {
      if (commandLines(event.body, MAX_COMMAND_LINES).some((l) => l.name.toLowerCase() === "declare"))
        result = await refuse(issue, event, may.reason, deps);
      continue;
    }
    const command = parseCommands(event.body, config, { now: new Date(event.at) }).find(
      (c) => c.kind === "declare"
    );
    if (command?.kind === "declare") result = await declareOne(issue, state, event, command, config, deps);
  }
  return result;
}
async function refuse(issue, comment, reason, deps) {
  const text = `\`/declare\` was not run: ${reason}.`;
  await deps.ports.createComment(
    issue.number,
    `${replyMarker(comment.id)}
@${comment.actor.login} ${text}
`
  );
  return { outcome: "ignored", reason };
}
async function declareOne(issue, state, comment, command, config, deps) {
  const { ports } = deps;
  const author = comment.actor.login;
  const reply = (text) => ports.createComment(issue.number, `${replyMarker(comment.id)}
@${author} ${text}
`);
  const auth = authorize(
    { kind: "declare" },
    { login: author, association: comment.association },
    config,
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
      summary: `Declared from #${issue.number}.`,
      declaredBy: author,
      source: { issue: issue.number, commentId: comment.id, url: issue.url },
      requestId: `declare-${comment.id}`
    },
    deps
  );
  if (result.outcome === "handled") {
    await reply(`declared incident #${result.incident.number} (${result.incident.severity}).`);
  }
  return result;
}

// src/handlers/early-reads.ts
var BUILT_IN_INCIDENT_LABEL = builtInConfig().labels.incident;
var readsEarly = (labels) => hasLabel(labels, BUILT_IN_INCIDENT_LABEL);

// src/handlers/webhook-filter.ts
function ignoredByPayload(name, payload) {
  const p = payload;
  if (!p?.issue) return `${name} event without an issue`;
  if (name !== "issue_comment") return void 0;
  const sender = toPerson(p.sender);
  if (sender.isBot || toPerson(p.comment?.user).isBot) return `comment by a bot (${sender.login})`;
  const bodies = [p.comment?.body, p.changes?.body?.from];
  if (!bodies.some((b) => typeof b === "string" && COMMAND_LINE.test(b))) return "comment without commands";
  return void 0;
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
  const issue = toIssueSnapshot(p.issue);
  const commands = isComment && p.action !== "deleted";
  const declare2 = commands && DECLARE_LINE.test(String(p.comment?.body ?? ""));
  return runForIssue(issue, deps, queue, { commands, declare: declare2 });
}
var incidentKey = (repo, number2) => `${repo.owner}/${repo.repo}#${number2}`;
function runForIssue(issue, deps, queue, comment = { commands: false, declare: false }) {
  const key = incidentKey(deps.ports.repo, issue.number);
  const hint = { issue, updatedAt: issue.updatedAt ?? "", ...comment };
  return queue.run(key, hint, mergeHints, (latest, signal) => onIssue(latest, deps, queue, signal));
}
async function onInvalidConfig(hint, problems, deps, history) {
  const { issue } = hint;
  if (!hasLabel(issue.labels, BUILT_IN_INCIDENT_LABEL) && !hint.commands) {
    return { outcome: "invalid-config", problems, message: "" };
  }
  const timeline = await history();
  const config = builtInConfig();
  const self = await deps.self();
  const permissions = await readPermissions(deps.ports, {
    issue,
    events: timeline,
    config,
    self,
    formAnswers: false
  });
  const state = deriveState(issue, timeline, config, { now: deps.now(), self, permissions });
  return reportConfigProblems(deps.ports, state, problems, deps.configPath);
}
function historyReader(issue, deps) {
  let read;
  const history = () => {
    read ??= deps.ports.readTimeline(issue.number);
    return read;
  };
  if (readsEarly(issue.labels)) {
    history().catch(() => {
    });
    deps.self().catch(() => {
    });
  }
  return history;
}
async function onIssue(hint, deps, queue, signal) {
  const hold = hasLabel(hint.issue.labels, BUILT_IN_INCIDENT_LABEL) ? deps.writes?.holdAnswers() : void 0;
  try {
    return await runOnce(hint, deps, queue, { signal, release: hold ?? (() => {
    }) });
  } finally {
    hold?.();
  }
}
async function runOnce(hint, deps, queue, run) {
  const { issue } = hint;
  const { signal, release } = run;
  const history = historyReader(issue, deps);
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok) {
    release();
    return onInvalidConfig(hint, loaded2.problems, deps, history);
  }
  const config = loaded2.config;
  const item = hasLabel(issue.labels, config.labels.actionItem) && isTool(issue.author, await deps.self()) ? readActionItemMarker(issue.body) : null;
  if (item !== null && !hasLabel(issue.labels, config.labels.incident)) {
    release();
    const incident = await deps.ports.getIssue(item.incident);
    if (incident === null) return ignored(`action item of #${item.incident}, which is gone`);
    return runForIssue(incident, deps, queue);
  }
  if (!hasLabel(issue.labels, config.labels.incident)) {
    release();
    if (isIncidentForm(issue.body) && issue.state === "open" && !issue.isPullRequest) {
      const timeline = await history();
      const self = await deps.self();
      const question = { issue, events: timeline, config, self, formAnswers: true };
      if (isOutsiderForm(issue, config, self, await readPermissions(deps.ports, question)))
        return onOutsiderForm(issue, timeline, config, deps);
      const adopted = await adoptIncidentForm(issue, timeline, config, deps);
      if (adopted !== null)
        return withDashboard(
          await reconcile(adopted.issue, adopted.timeline, config, deps, { signal }),
          deps,
          config,
          queue
        );
    }
    if (!hint.declare) return ignored(`#${issue.number} is not an incident`);
    return declareFromComments(issue, await history(), config, deps);
  }
  const result = await reconcile(issue, await history(), config, deps, { signal, release });
  return withDashboard(result, deps, config, queue);
}
async function withDashboard(result, deps, config, queue) {
  if (result.outcome === "handled" && result.rowChanged && result.row)
    await refreshDashboard(deps, config, { rows: [result.row] }, queue);
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
  const incident = await deps.ports.getIssue(followed.incident);
  if (incident === null) return { outcome: "ignored", reason: `incident #${followed.incident} is gone` };
  return runForIssue(incident, deps, queue);
}

// src/handlers/remind-action-items.ts
async function remindActionItems(deps, config) {
  if (!config.actionItems.enabled) return 0;
  const { ports } = deps;
  const self = (await deps.self()).toLowerCase();
  const today = deps.now().toISOString().slice(0, 10);
  const overdue = (await ports.listIssues({ label: config.labels.actionItem, state: "open" })).filter((i) => {
    const due = isTool(i.author, self) ? readDueMarker(i.body) : null;
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
async function remindPostmortems(deps, config) {
  const days = config.reminders.postmortemDays;
  if (days <= 0) return 0;
  const { ports } = deps;
  const self = (await deps.self()).toLowerCase();
  const now = deps.now().getTime();
  const old = (await ports.listOpenPulls()).filter(
    (p) => hasLabel(p.labels, config.labels.postmortem) && p.head.startsWith("postmortem/incident-") && now - Date.parse(p.createdAt) > days * 864e5
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
var number = (r) => r.outcome === "handled" ? r.incident.number : 0;
var SETTLED_MS = 5e3;
var CLOSED_LOOKBACK_MS = 7 * 24 * 36e5;
async function sweepRepository(deps, options = {}) {
  const queue = options.queue ?? directQueue;
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok) return { invalid: loaded2.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
  const config = loaded2.config;
  const { ports } = deps;
  const since = new Date(
    Math.floor((deps.now().getTime() - CLOSED_LOOKBACK_MS) / 864e5) * 864e5
  ).toISOString();
  const incidents = [
    ...await ports.listIssues({ label: config.labels.incident, state: "open" }),
    ...await ports.listIssues({ label: config.labels.incident, state: "closed", since })
  ];
  const report = { listed: incidents.length, reconciled: 0, failed: [], results: [] };
  const one = async (issue) => {
    const key = `${ports.repo.owner}/${ports.repo.repo}#${issue.number}`;
    const updatedAt = issue.updatedAt ?? "";
    if (options.memo?.unchanged(key, updatedAt, deps.now().toISOString())) return;
    try {
      const result = await runForIssue(issue, deps, queue);
      report.reconciled++;
      report.results.push(result);
      const wake = result.outcome === "handled" ? result.wakeAt ?? null : null;
      if (Date.parse(updatedAt) < deps.now().getTime() - SETTLED_MS)
        options.memo?.remember(key, updatedAt, wake);
      else options.memo?.forget(key);
    } catch (error) {
      options.memo?.forget(key);
      report.failed.push({
        number: issue.number,
        error: error instanceof Error ? error.message : String(error)
      });
    }
  };
  const waiting = [...incidents];
  const worker = async () => {
    for (let next = waiting.shift(); next !== void 0 && !options.signal?.aborted; next = waiting.shift())
      await one(next);
  };
  await Promise.all(Array.from({ length: options.concurrency ?? SWEEP_CONCURRENCY }, worker));
  report.results.sort((a, b) => number(a) - number(b));
  const rows = report.results.flatMap((r) => r.outcome === "handled" && r.row ? [r.row] : []);
  const openNow = incidents.filter((i) => i.state === "open").map((i) => i.number);
  if (!options.signal?.aborted) await refreshDashboard(deps, config, { rows, openNow, sweep: true }, queue);
  if (!options.signal?.aborted) report.postmortemNudges = await remindPostmortems(deps, config);
  if (!options.signal?.aborted) report.actionItemNudges = await remindActionItems(deps, config);
  return report;
}

// src/action/run.ts
var handlers = {
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
  // Its renderers and `node:fs/promises` are loaded only in this mode (dist/status-page.js).
  async statusPage(deps, directory) {
    const { buildStatusPage } = await Promise.resolve().then(() => __toESM(require_status_page(), 1));
    return buildStatusPage(deps, (0, import_node_path.resolve)(process.env.GITHUB_WORKSPACE || process.cwd(), directory));
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  handlers
});
