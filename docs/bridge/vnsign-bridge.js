/*
 * VNSign web bridge client - SPDX-License-Identifier: AGPL-3.0-only
 * Include it in a QLVB page (<script src="vnsign-bridge.js"></script>) and call
 *   VNSign.health()          -> {product, version, protocol}, or throws {code: 'UNREACHABLE'}
 *   VNSign.sign({document: {url}, action, documentNumber, upload: {url, token}})
 *                            -> {status: 'signed'|'refused'|'failed', message, upload, fileServer}
 * The page's origin must be on VNSign's allow-list (docs/bridge.md); otherwise VNSign answers
 * nothing the page can read, and both calls throw {code: 'UNREACHABLE'}.
 */
(function (global) {
  'use strict';
  var DEFAULT_PORT = 27651;

  function address(options) {
    return 'http://127.0.0.1:' + ((options && options.port) || DEFAULT_PORT);
  }

  function failure(code, message) {
    var error = new Error(message);
    error.code = code;
    return error;
  }

  function call(path, init, options) {
    var request = Object.assign({mode: 'cors', credentials: 'omit', cache: 'no-store'}, init);
    return fetch(address(options) + path, request).then(
      function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) {
            throw failure(body.code || 'HTTP_' + response.status, body.message || 'HTTP ' + response.status);
          }
          return body;
        });
      },
      function () {
        throw failure('UNREACHABLE', 'VNSign is not running, or this page is not allowed to use it');
      });
  }

  global.VNSign = {
    health: function (options) {
      return call('/health', {method: 'GET'}, options);
    },
    sign: function (request, options) {
      return call('/v1/sign', {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify(request)
      }, options);
    }
  };
})(typeof window !== 'undefined' ? window : this);
